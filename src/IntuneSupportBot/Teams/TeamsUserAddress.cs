using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.Teams;

/// <summary>
/// A user the bot can write to in a 1:1 chat. <paramref name="UserId"/> is the <c>29:</c> id (or, failing that, the
/// Entra object id, which Teams also accepts when creating the chat). <paramref name="ConversationId"/> is the
/// existing 1:1 chat (<c>a:…</c>) when the user has talked to the bot; without it the chat is created first.
/// </summary>
public sealed record TeamsUserAddress(string UserId, string TenantId, string ServiceUrl, string? ConversationId = null)
{
    /// <summary>The address of the user who spoke in a stored personal-chat reference.</summary>
    public static TeamsUserAddress FromReference(ConversationReference reference)
    {
        var userId = reference.User?.Id;
        ArgumentException.ThrowIfNullOrEmpty(userId, nameof(reference));
        ArgumentException.ThrowIfNullOrEmpty(reference.Conversation.TenantId, nameof(reference));
        return new TeamsUserAddress(userId, reference.Conversation.TenantId, reference.ServiceUrl, reference.Conversation.Id);
    }
}
