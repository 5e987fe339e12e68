namespace IntuneSupportBot.Knowledge;

/// <summary>One known Intune enrollment problem of the catalog, with its fix.</summary>
public sealed record KnownIssue(
    string Id,
    DevicePlatform Platform,
    EnrollmentMethod Method,
    IReadOnlyList<string> Codes,
    LocalizedList Keywords,
    LocalizedText Title,
    LocalizedText Cause,
    LocalizedList Steps,
    WhoCanFix WhoCanFix,
    int SuggestedTier,
    bool SelfServiceable,
    string Source);
