namespace IntuneSupportBot.Teams;

/// <summary>
/// Ordering keys: everything sent to one conversation shares one. A channel copy is its own thread; a user's 1:1
/// chat is one conversation whatever copies (card, notices) it holds.
/// </summary>
public static class ThreadKeys
{
    public static string OfChannelCopy(string copyKey) => "thread/" + copyKey;

    public static string OfUser(TeamsUserAddress user) => $"chat/{user.TenantId}/{user.UserId}";
}
