namespace IntuneSupportBot.Teams;

public enum OutboxState
{
    /// <summary>Waiting for its turn (or for its next attempt after a transient failure).</summary>
    Pending,

    /// <summary>Handed to the Bot Connector; left in this state only by a crash or a stop during the call.</summary>
    Sending,

    Sent,

    /// <summary>Refused for good (bad payload, bot not in the conversation, user blocked the bot, …); see the last error.</summary>
    Failed,

    /// <summary>
    /// A post was interrupted after it may have reached Teams (crash, timeout, 5xx). It is not sent again, because a
    /// duplicate card in a tier channel is worse than a missing one an operator can see here.
    /// </summary>
    Uncertain,
}
