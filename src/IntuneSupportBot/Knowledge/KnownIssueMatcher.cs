using System.Collections.Frozen;

namespace IntuneSupportBot.Knowledge;

/// <summary>
/// Ranks catalog entries for a report. An exact error code weighs most; keywords of both languages add by how
/// specific they are (long and rare beats short and shared); platform and method agreement break ties. All
/// keyword folding is done once here, so a message costs one pass over the distinct keywords.
/// </summary>
public sealed class KnownIssueMatcher
{
    internal const int CodeScore = 100;
    internal const int ContradictingCodePenalty = -30;
    internal const int SamePlatformScore = 4;
    internal const int AnyPlatformScore = 1;
    internal const int OtherPlatformPenalty = -40;
    internal const int SameMethodScore = 10;
    internal const int AnyMethodScore = 2;
    internal const int OtherMethodPenalty = -8;

    /// <summary>How far the best must lead the runner-up to be the match.</summary>
    internal const int DecisiveMargin = 6;

    /// <summary>Keywords alone make a confident match only from this score (one long phrase or two short ones).</summary>
    internal const int ConfidentKeywordScore = 15;

    private const int MaximumAmbiguousCandidates = 4;

    private readonly IReadOnlyList<KnownIssue> issues;
    private readonly FrozenDictionary<string, int[]> issuesByCode;
    private readonly (string Text, int Weight, int[] IssueIndexes)[] keywords;

    public KnownIssueMatcher(KnownIssueCatalog catalog)
    {
        issues = catalog.Issues;
        issuesByCode = issues
            .SelectMany((issue, index) => issue.Codes.Select(code => (code, index)))
            .GroupBy(pair => pair.code, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.index).Distinct().ToArray(), StringComparer.Ordinal);
        keywords = issues
            .SelectMany((issue, index) => issue.Keywords.En.Concat(issue.Keywords.Ko).Select(keyword => (keyword: MatchText.Compact(keyword), index)))
            .Where(pair => IsUsefulKeyword(pair.keyword))
            .GroupBy(pair => pair.keyword, StringComparer.Ordinal)
            .Select(group =>
            {
                var indexes = group.Select(pair => pair.index).Distinct().ToArray();
                return (group.Key, Math.Max(1, KeywordWeight(group.Key) / indexes.Length), indexes);
            })
            .ToArray();
    }

    public KnownIssueMatchResult Match(KnownIssueQuery query)
    {
        var keywordScores = new int[issues.Count];
        var codeMatched = new bool[issues.Count];
        var text = MatchText.Compact(query.Text);
        foreach (var (keyword, weight, indexes) in keywords)
        {
            if (text.Contains(keyword, StringComparison.Ordinal))
            {
                foreach (var index in indexes)
                {
                    keywordScores[index] += weight;
                }
            }
        }

        foreach (var code in query.Codes)
        {
            if (issuesByCode.TryGetValue(code, out var indexes))
            {
                foreach (var index in indexes)
                {
                    codeMatched[index] = true;
                }
            }
        }

        var ranked = new List<KnownIssueMatch>();
        for (var index = 0; index < issues.Count; index++)
        {
            if (!codeMatched[index] && keywordScores[index] == 0)
            {
                continue;
            }

            var issue = issues[index];
            var score = (codeMatched[index] ? CodeScore : 0) + keywordScores[index] + Agreement(issue, query);
            if (!codeMatched[index] && query.Codes.Count > 0 && issue.Codes.Count > 0)
            {
                score += ContradictingCodePenalty;
            }

            if (score > 0)
            {
                ranked.Add(new KnownIssueMatch(issue, score, codeMatched[index], keywordScores[index], Confident: false));
            }
        }

        return ranked.Count == 0 ? KnownIssueMatchResult.None : Decide(ranked, query.Platform);
    }

    private static KnownIssueMatchResult Decide(List<KnownIssueMatch> ranked, DevicePlatform platform)
    {
        ranked.Sort(static (a, b) =>
            b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : a.CodeMatched != b.CodeMatched ? b.CodeMatched.CompareTo(a.CodeMatched)
            : b.KeywordScore != a.KeywordScore ? b.KeywordScore.CompareTo(a.KeywordScore)
            : string.CompareOrdinal(a.Issue.Id, b.Issue.Id));

        var best = ranked[0];
        if (IsOtherPlatform(best.Issue, platform))
        {
            // A Windows code reported from an Android phone says the report is confused, not which cause it is.
            return new KnownIssueMatchResult(KnownIssueMatchOutcome.Weak, ranked, []);
        }

        var decided = ranked.Count == 1 || best.Score - ranked[1].Score >= DecisiveMargin;
        if (decided && (best.CodeMatched || best.KeywordScore >= ConfidentKeywordScore))
        {
            ranked[0] = best with { Confident = true };
            return new KnownIssueMatchResult(KnownIssueMatchOutcome.Confident, ranked, []);
        }

        if (!decided && best.CodeMatched && ranked[1].CodeMatched)
        {
            var candidates = ranked
                .TakeWhile(match => match.CodeMatched && best.Score - match.Score < DecisiveMargin && !IsOtherPlatform(match.Issue, platform))
                .Take(MaximumAmbiguousCandidates)
                .Select(match => match.Issue)
                .ToArray();
            return new KnownIssueMatchResult(KnownIssueMatchOutcome.NeedsDisambiguation, ranked, candidates);
        }

        return new KnownIssueMatchResult(KnownIssueMatchOutcome.Weak, ranked, []);
    }

    private static bool IsOtherPlatform(KnownIssue issue, DevicePlatform platform) =>
        platform is not (DevicePlatform.Unknown or DevicePlatform.Any) && issue.Platform != DevicePlatform.Any && issue.Platform != platform;

    private static int Agreement(KnownIssue issue, KnownIssueQuery query)
    {
        var score = 0;
        if (query.Platform is not (DevicePlatform.Unknown or DevicePlatform.Any))
        {
            score += issue.Platform == query.Platform ? SamePlatformScore
                : issue.Platform == DevicePlatform.Any ? AnyPlatformScore
                : OtherPlatformPenalty;
        }

        if (query.Method is not (EnrollmentMethod.Unknown or EnrollmentMethod.Any))
        {
            score += issue.Method == query.Method ? SameMethodScore
                : issue.Method == EnrollmentMethod.Any ? AnyMethodScore
                : OtherMethodPenalty;
        }

        return score;
    }

    /// <summary>
    /// Codes are matched as codes, not as text; very short keywords ("pc", "os") match inside unrelated words.
    /// Hangul carries a word in two or three characters, so it counts more per character.
    /// </summary>
    private static bool IsUsefulKeyword(string compact) =>
        InformationLength(compact) >= 4 && !IsCodeLike(compact);

    private static bool IsCodeLike(string compact) =>
        (compact.StartsWith("0x", StringComparison.Ordinal) ? compact[2..] : compact).All(char.IsAsciiHexDigit);

    private static int KeywordWeight(string compact) => 10 + Math.Min(10, InformationLength(compact) / 3);

    private static int InformationLength(string compact)
    {
        var length = 0;
        foreach (var c in compact)
        {
            length += c is >= '\uAC00' and <= '\uD7A3' ? 3 : 1;
        }

        return length;
    }
}
