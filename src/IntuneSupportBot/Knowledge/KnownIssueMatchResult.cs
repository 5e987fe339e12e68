namespace IntuneSupportBot.Knowledge;

public enum KnownIssueMatchOutcome
{
    /// <summary>Nothing in the catalog resembles the report.</summary>
    NoMatch,

    /// <summary>Candidates exist but none is clearly the one.</summary>
    Weak,

    /// <summary><see cref="KnownIssueMatchResult.Best"/> is the match.</summary>
    Confident,

    /// <summary>The error code has several known causes and nothing in the report decides: ask the user.</summary>
    NeedsDisambiguation,
}

/// <summary>The ranked candidates for a report, and what to do with them.</summary>
public sealed record KnownIssueMatchResult(
    KnownIssueMatchOutcome Outcome,
    IReadOnlyList<KnownIssueMatch> Ranked,
    IReadOnlyList<KnownIssue> AmbiguousCandidates)
{
    public static KnownIssueMatchResult None { get; } = new(KnownIssueMatchOutcome.NoMatch, [], []);

    /// <summary>The confident match, if there is one.</summary>
    public KnownIssueMatch? Best => Outcome == KnownIssueMatchOutcome.Confident ? Ranked[0] : null;

    public bool NeedsDisambiguation => Outcome == KnownIssueMatchOutcome.NeedsDisambiguation;

    /// <summary>The one question's options: the candidates' titles, in the order of <see cref="AmbiguousCandidates"/>.</summary>
    public IReadOnlyList<string> DisambiguationOptions(string language) =>
        [.. AmbiguousCandidates.Select(issue => issue.Title.For(language))];

    /// <summary>The user picked one of the candidates: it becomes the confident match.</summary>
    public KnownIssueMatch Choose(string issueId)
    {
        var chosen = Ranked.FirstOrDefault(match => match.Issue.Id == issueId)
            ?? throw new ArgumentException($"'{issueId}' is not a candidate of this match.", nameof(issueId));
        return chosen with { Confident = true };
    }
}
