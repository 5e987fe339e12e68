using System.Text.Json.Serialization;
using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

/// <summary>
/// What the user has told so far about an enrollment problem. Built by <see cref="ReportExtractor"/>, completed
/// by the intake dialog with <c>with</c> expressions. <see cref="Text"/> is already masked: nothing secret is kept.
/// </summary>
public sealed record IntakeReport
{
    public required string Text { get; init; }

    /// <summary>"en" or "ko": the language the user writes in.</summary>
    public string Language { get; init; } = "en";

    public DevicePlatform Platform { get; init; }

    /// <summary>The platform was only guessed from a device word ("laptop" → Windows); the dialog asks to be sure.</summary>
    public bool PlatformGuessed { get; init; }

    public EnrollmentMethod Method { get; init; }

    /// <summary>Error codes in the catalog's form (0x + 8 lower-case hex digits), in the order given.</summary>
    public IReadOnlyList<string> ErrorCodes { get; init; } = [];

    /// <summary>Error texts the user quoted from the screen.</summary>
    public IReadOnlyList<string> MessageTexts { get; init; } = [];

    public IntakeScope Scope { get; init; } = IntakeScope.Unknown;

    public IReadOnlyList<UrgencySignal> UrgencySignals { get; init; } = [];

    /// <summary>Set when the message is about something the plan does not cover (and not about enrollment).</summary>
    public OutOfScopeTopic? OutOfScope { get; init; }

    /// <summary>The message speaks of enrollment (words, a method or a code), so an off-topic word does not redirect it.</summary>
    public bool MentionsEnrollment { get; init; }

    /// <summary>What was masked in the user's words, so the dialog can ask them kindly not to share it.</summary>
    public IReadOnlyList<SensitiveDataKind> Masked { get; init; } = [];

    /// <summary>When the problem started, in the user's words.</summary>
    public string? StartedWhen { get; init; }

    /// <summary>The affected device (a managed device's name or id, or the user's description).</summary>
    public string? Device { get; init; }

    [JsonIgnore]
    public bool Urgent => UrgencySignals.Count > 0;

    [JsonIgnore]
    public bool ManyAffected => Scope.ManyAffected;

    /// <summary>The message names an error precisely enough to investigate (a code or the on-screen text).</summary>
    [JsonIgnore]
    public bool HasSpecificError => ErrorCodes.Count > 0 || MessageTexts.Count > 0;

    [JsonIgnore]
    public IReadOnlyList<IntakeField> Missing
    {
        get
        {
            var missing = new List<IntakeField>(6);
            if (Platform == DevicePlatform.Unknown)
            {
                missing.Add(IntakeField.Platform);
            }

            if (Method == EnrollmentMethod.Unknown)
            {
                missing.Add(IntakeField.Method);
            }

            if (!HasSpecificError)
            {
                missing.Add(IntakeField.Error);
            }

            if (Scope.Kind == ScopeKind.Unknown)
            {
                missing.Add(IntakeField.Scope);
            }

            if (string.IsNullOrWhiteSpace(StartedWhen))
            {
                missing.Add(IntakeField.StartedWhen);
            }

            if (string.IsNullOrWhiteSpace(Device))
            {
                missing.Add(IntakeField.Device);
            }

            return missing;
        }
    }

    public KnownIssueQuery ToKnownIssueQuery() => new(Text, ErrorCodes, Platform, Method);
}
