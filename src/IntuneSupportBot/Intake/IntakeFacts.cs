using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

/// <summary>Whether a message says something the report can use, and whether adding it taught anything new.</summary>
public static class IntakeFacts
{
    /// <summary>Quoted phrases do not count here: pasted JSON or markup is full of them and says nothing.</summary>
    public static bool Tells(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var report = ReportExtractor.Extract(text);
        return (report.Platform != DevicePlatform.Unknown && !report.PlatformGuessed)
            || report.Method != EnrollmentMethod.Unknown
            || report.ErrorCodes.Count > 0
            || report.Scope.Kind != ScopeKind.Unknown;
    }

    public static bool Added(IntakeReport before, IntakeReport after) =>
        before.Platform != after.Platform
        || before.PlatformGuessed != after.PlatformGuessed
        || before.Method != after.Method
        || before.ErrorCodes.Count != after.ErrorCodes.Count
        || before.MessageTexts.Count != after.MessageTexts.Count
        || before.Scope != after.Scope
        || before.UrgencySignals.Count != after.UrgencySignals.Count;
}
