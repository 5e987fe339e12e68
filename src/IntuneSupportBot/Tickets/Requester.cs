namespace IntuneSupportBot.Tickets;

/// <summary>The end user who reported the problem; <see cref="TeamsUserId"/> (<c>29:…</c>) reaches them in Teams.</summary>
public sealed record Requester(string ObjectId, string TeamsUserId, string DisplayName, string Locale);
