namespace IntuneSupportBot.Knowledge;

/// <summary>
/// One ranked candidate. <see cref="Confident"/> means it clearly beats the runner-up on a real signal
/// (a code, or keywords strong enough on their own).
/// </summary>
public sealed record KnownIssueMatch(KnownIssue Issue, int Score, bool CodeMatched, int KeywordScore, bool Confident);
