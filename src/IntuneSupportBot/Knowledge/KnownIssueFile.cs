namespace IntuneSupportBot.Knowledge;

/// <summary>
/// The catalog file as written (strings where the file could be wrong), so that a bad value is reported with
/// the id of its entry instead of a JSON path.
/// </summary>
internal sealed record KnownIssueFile(int Version, List<KnownIssueEntry?>? Issues);

internal sealed record KnownIssueEntry(
    string? Id,
    string? Platform,
    string? Method,
    List<string?>? Codes,
    LocalizedListEntry? Keywords,
    LocalizedTextEntry? Title,
    LocalizedTextEntry? Cause,
    LocalizedListEntry? Steps,
    string? WhoCanFix,
    int SuggestedTier,
    bool SelfServiceable,
    string? Source);

internal sealed record LocalizedTextEntry(string? En, string? Ko);

internal sealed record LocalizedListEntry(List<string?>? En, List<string?>? Ko);
