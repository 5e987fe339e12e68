namespace IntuneSupportBot.Teams;

/// <summary>One copy of an item: its key and the thread (conversation) it lives in.</summary>
public sealed record ItemCopy(string CopyKey, string ThreadKey);
