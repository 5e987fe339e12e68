namespace IntuneSupportBot.Diagnostics;

/// <summary>Operator switches for measuring and checking the bot, bound from the <c>Diagnostics</c> section.</summary>
public sealed class DiagnosticsOptions
{
    public const string SectionName = "Diagnostics";

    /// <summary>Answers <c>echo &lt;text&gt;</c> with the text (a cheap turn for the load benchmark); off in production.</summary>
    public bool Echo { get; set; }

    /// <summary>
    /// Object id of a user whose Intune devices <c>doctor</c> reads to prove the device permission; without it that
    /// check is skipped, because no other configured id is sure to be an Intune user.
    /// </summary>
    public string? ProbeUserId { get; set; }

    /// <summary>How long one <c>doctor</c> check may take before it counts as failed (an unreachable service).</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
