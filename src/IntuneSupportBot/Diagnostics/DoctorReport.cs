using IntuneSupportBot.BotFramework.Authentication;
using IntuneSupportBot.Graph;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Diagnostics;

/// <summary>The plain-text report: a header naming the mode, one line per check, and a summary with the verdict.</summary>
internal sealed class DoctorReport(TextWriter output)
{
    private readonly List<DoctorCheck> checks = [];
    private string? localMode;

    public async Task WriteHeaderAsync(IServiceProvider services, CancellationToken ct)
    {
        localMode = NoteOrNull(() => LocalModeNote(services));
        await output.WriteLineAsync("IntuneSupportBot doctor: checking the configuration this host would start with.".AsMemory(), ct);
    }

    public async Task WriteAsync(IReadOnlyList<DoctorCheck> results, CancellationToken ct)
    {
        foreach (var check in results)
        {
            checks.Add(check);
            await output.WriteLineAsync(check.ToLine().AsMemory(), ct);
        }
    }

    /// <summary>True when nothing failed.</summary>
    public async Task<bool> WriteSummaryAsync(CancellationToken ct)
    {
        var counts = Enum.GetValues<DoctorStatus>().Select(status => $"{checks.Count(check => check.Status == status)} {status.ToString().ToUpperInvariant()}");
        var failed = checks.Count(check => check.Status == DoctorStatus.Fail);
        await output.WriteLineAsync($"Summary: {string.Join(", ", counts)}.".AsMemory(), ct);
        if (localMode is not null)
        {
            await output.WriteLineAsync(localMode.AsMemory(), ct);
        }

        var verdict = failed == 0
            ? "Nothing failed."
            : $"{failed} check(s) failed: fix the FAIL lines and run doctor again.";
        await output.WriteLineAsync(verdict.AsMemory(), ct);
        await output.FlushAsync(ct);
        return failed == 0;
    }

    private static string? LocalModeNote(IServiceProvider services)
    {
        var bot = services.GetRequiredService<IOptions<BotOptions>>().Value;
        var directory = services.GetRequiredService<IOptions<DirectoryOptions>>().Value;
        var notes = new List<string>();
        if (bot.IsLocalMode)
        {
            notes.Add("local mode (no Bot:AppId): Teams cannot reach this bot, so the identity, signing metadata and messaging endpoint checks were skipped");
        }

        if (!directory.HasGraphCredentials)
        {
            notes.Add("local directory (no Graph credentials): the demo tenant in Directory:Local answers, so the Graph permission checks were skipped");
        }

        return notes.Count == 0 ? null : "Mode: " + string.Join("; ", notes) + ".";
    }

    // The checks themselves report unreadable settings; the header only must not fail on them.
    private static string? NoteOrNull(Func<string?> note)
    {
        try
        {
            return note();
        }
        catch (Exception exception) when (exception is OptionsValidationException or InvalidOperationException)
        {
            return null;
        }
    }
}
