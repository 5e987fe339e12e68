using System.Text.Json.Serialization;

namespace IntuneSupportBot.Intake;

public enum ScopeKind
{
    /// <summary>The message does not say how many are affected.</summary>
    Unknown,

    /// <summary>One person or one device.</summary>
    Single,

    /// <summary>Several people or devices.</summary>
    Many,
}

/// <summary>
/// How many people or devices are affected. <see cref="Estimate"/> is the number the user gave, or a rough lower
/// bound for a phrase ("whole floor" 30, "전 직원" 100), for ordering tickets, not for reporting.
/// </summary>
public sealed record IntakeScope(ScopeKind Kind, int? Estimate)
{
    /// <summary>From this many people or devices a problem counts as affecting many.</summary>
    public const int ManyThreshold = 3;

    public static IntakeScope Unknown { get; } = new(ScopeKind.Unknown, null);

    [JsonIgnore]
    public bool ManyAffected => Kind == ScopeKind.Many;
}
