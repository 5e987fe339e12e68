namespace IntuneSupportBot.Knowledge;

/// <summary>What the matcher needs of a report: its text, normalized error codes, platform and method.</summary>
public sealed record KnownIssueQuery(string Text, IReadOnlyList<string> Codes, DevicePlatform Platform, EnrollmentMethod Method);
