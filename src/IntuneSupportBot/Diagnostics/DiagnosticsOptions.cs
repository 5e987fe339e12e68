namespace IntuneSupportBot.Diagnostics;

/// <summary>Operator switches for measuring the bot, bound from the <c>Diagnostics</c> section.</summary>
public sealed class DiagnosticsOptions
{
    public const string SectionName = "Diagnostics";

    /// <summary>Answers <c>echo &lt;text&gt;</c> with the text (a cheap turn for the load benchmark); off in production.</summary>
    public bool Echo { get; set; }
}
