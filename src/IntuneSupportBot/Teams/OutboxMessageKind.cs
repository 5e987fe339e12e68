namespace IntuneSupportBot.Teams;

/// <summary>What an outbox message does at the Bot Connector.</summary>
public enum OutboxMessageKind
{
    /// <summary>Opens a new thread in a channel; the thread's root message becomes the copy.</summary>
    CreateChannelThread,

    /// <summary>Posts into a known conversation (a 1:1 chat); the posted message becomes the copy.</summary>
    PostToConversation,

    /// <summary>Replaces the copy in place; where the copy lives is read from <see cref="CardCopy"/> at send time.</summary>
    UpdateCopy,

    /// <summary>Posts into the conversation (thread or chat) where the copy lives, read at send time; creates no copy.</summary>
    PostToThreadOfCopy,

    /// <summary>Opens (or finds) the 1:1 chat with a user, then posts into it; the posted message becomes the copy.</summary>
    CreatePersonalChatAndPost,

    /// <summary>
    /// Replaces the copy in place with its item's current card, drawn by <see cref="ICopyCards"/> when it is sent, so
    /// however many changes waited behind a busy thread, the copy is rewritten once, with the newest card.
    /// </summary>
    RefreshCopy,
}
