using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

/// <summary>
/// <c>triage [--catalog PATH] [FILE]</c>: routes JSON Lines reports offline with the bot's own extractor, matcher
/// and routing policy, one JSON line out per line in, so operators can tune rules against real messages.
/// </summary>
public static class TriageCommand
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Korean stays readable; markup-significant characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, CancellationToken ct) =>
        RunAsync(args, input, output, Console.Error, ct);

    internal static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!TryParse(args, out var catalogPath, out var inputPath, out var usage))
        {
            await error.WriteLineAsync(usage.AsMemory(), ct);
            return 2;
        }

        KnownIssueCatalog catalog;
        try
        {
            catalog = KnownIssueCatalog.LoadFile(catalogPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or KnownIssueCatalogException)
        {
            await error.WriteLineAsync($"triage: cannot load the known-issue catalog '{catalogPath}': {e.Message}".AsMemory(), ct);
            return 2;
        }

        TextReader? file = null;
        if (inputPath is not null)
        {
            if (!File.Exists(inputPath))
            {
                await error.WriteLineAsync($"triage: input file '{inputPath}' does not exist.".AsMemory(), ct);
                return 2;
            }

            file = File.OpenText(inputPath);
        }

        using (file)
        {
            await TriageLinesAsync(file ?? input, output, new KnownIssueMatcher(catalog), new RoutingPolicy(new RoutingOptions()), ct);
        }

        return 0;
    }

    private static async Task TriageLinesAsync(TextReader input, TextWriter output, KnownIssueMatcher matcher, RoutingPolicy policy, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        while (await input.ReadLineAsync(ct) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            buffer.ResetWrittenCount();
            writer.Reset();
            TriageLine(line, writer, matcher, policy);
            writer.Flush();
            await output.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan).AsMemory(), ct);
            await output.WriteAsync("\n".AsMemory(), ct);
        }

        await output.FlushAsync(ct);
    }

    private static void TriageLine(string line, Utf8JsonWriter writer, KnownIssueMatcher matcher, RoutingPolicy policy)
    {
        TriageInput? input;
        try
        {
            input = JsonSerializer.Deserialize(line, TriageJsonContext.Default.TriageInput);
        }
        catch (JsonException e)
        {
            WriteError(writer, IdOf(line), $"not a valid input line: {e.Message}");
            return;
        }

        if (input is null || string.IsNullOrWhiteSpace(input.Message))
        {
            WriteError(writer, input?.Id, "\"message\" is required");
            return;
        }

        var report = ReportExtractor.Extract(input.Message, input.Locale);
        foreach (var followUp in input.FollowUps ?? [])
        {
            report = ReportExtractor.Append(report, followUp ?? "");
        }

        var match = matcher.Match(report.ToKnownIssueQuery());
        var decision = policy.Route(report, match);
        WriteDecision(writer, input.Id, report, decision);
    }

    private static void WriteDecision(Utf8JsonWriter writer, JsonElement? id, IntakeReport report, RoutingDecision decision)
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteString("platform", CatalogVocabulary.Name(report.Platform));
        writer.WriteString("method", CatalogVocabulary.Name(report.Method));
        writer.WriteStartArray("codes");
        foreach (var code in report.ErrorCodes)
        {
            writer.WriteStringValue(code);
        }

        writer.WriteEndArray();
        if (decision.KnownIssue is { } issue)
        {
            writer.WriteString("knownIssueId", issue.Id);
        }
        else
        {
            writer.WriteNull("knownIssueId");
        }

        writer.WriteBoolean("selfHelp", decision.SelfHelpOffered);
        if (decision.Tier is { } tier)
        {
            writer.WriteNumber("tier", tier);
        }
        else
        {
            writer.WriteNull("tier");
        }

        writer.WriteBoolean("urgent", decision.Urgent);
        writer.WriteBoolean("manyAffected", decision.ManyAffected);
        writer.WriteStartArray("reasons");
        foreach (var reason in decision.Reasons)
        {
            writer.WriteStringValue(reason.Code);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, JsonElement? id, string message)
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteString("error", message);
        writer.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>A line that is JSON but not a valid input still names its id, so the operator can find it.</summary>
    private static JsonElement? IdOf(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var id)
                ? id.Clone()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryParse(string[] args, out string catalogPath, out string? inputPath, out string usage)
    {
        const string Usage = "usage: triage [--catalog PATH] [FILE]   (reads JSON Lines from FILE or stdin)";
        catalogPath = KnownIssueCatalog.DefaultPath;
        inputPath = null;
        usage = Usage;
        var rest = args.Length > 0 && args[0] == "triage" ? args[1..] : args;
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case "--catalog" when i + 1 < rest.Length:
                    catalogPath = rest[++i];
                    break;
                case "-" when inputPath is null:
                    break;
                case var path when !path.StartsWith('-') && inputPath is null:
                    inputPath = path;
                    break;
                default:
                    usage = $"triage: unexpected argument '{rest[i]}'.\n{Usage}";
                    return false;
            }
        }

        return true;
    }
}
