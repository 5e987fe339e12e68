using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntuneSupportBot.Bench.Triage;

/// <summary>
/// Until the app's Knowledge/known-issues.json lands, the bench measures against all 117 source entries in the
/// agreed format, so the matcher sees the real number of entries, codes and keywords. The Korean fields repeat the
/// English ones: the bench needs the keyword count, not the translation.
/// </summary>
internal static class StandInCatalog
{
    public static string FromSource(string sourcePath)
    {
        var source = JsonNode.Parse(File.ReadAllText(sourcePath), documentOptions: new JsonDocumentOptions())!.AsArray();
        var issues = new JsonArray();
        foreach (var entry in source)
        {
            var keywords = Strings(entry!["messageKeywords"]);
            var steps = entry["resolution"]!.GetValue<string>();
            issues.Add(new JsonObject
            {
                ["id"] = entry["id"]!.GetValue<string>(),
                ["platform"] = entry["platform"]!.GetValue<string>(),
                ["method"] = entry["method"]!.GetValue<string>(),
                ["codes"] = new JsonArray([.. Strings(entry["codes"]).Select(Normalize).OfType<string>().Distinct().Select(code => JsonValue.Create(code))]),
                ["keywords"] = Pair(keywords),
                ["title"] = new JsonObject { ["en"] = entry["id"]!.GetValue<string>(), ["ko"] = entry["id"]!.GetValue<string>() },
                ["cause"] = new JsonObject { ["en"] = entry["cause"]!.GetValue<string>(), ["ko"] = entry["cause"]!.GetValue<string>() },
                ["steps"] = Pair([steps]),
                ["whoCanFix"] = entry["whoCanFix"]!.GetValue<string>(),
                ["suggestedTier"] = entry["suggestedTier"]!.GetValue<int>(),
                ["selfServiceable"] = entry["selfServiceable"]!.GetValue<bool>(),
                ["source"] = entry["source"]!.GetValue<string>(),
            });
        }

        return new JsonObject { ["version"] = 1, ["issues"] = issues }.ToJsonString(BenchJsonContext.Default.Options);
    }

    private static string[] Strings(JsonNode? node) => [.. node!.AsArray().Select(item => item!.GetValue<string>())];

    private static JsonObject Pair(string[] texts) => new()
    {
        ["en"] = new JsonArray([.. texts.Select(text => JsonValue.Create(text))]),
        ["ko"] = new JsonArray([.. texts.Select(text => JsonValue.Create(text))]),
    };

    private static string? Normalize(string code)
    {
        var lower = code.ToLowerInvariant();
        if (lower.StartsWith("0x", StringComparison.Ordinal) && lower.Length == 10)
        {
            return lower;
        }

        return long.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 0x8000_0000L and <= uint.MaxValue
            ? $"0x{value:x8}"
            : null;
    }
}
