namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>The Bot Connector operations the client performs; the names are telemetry tag values.</summary>
public static class ConnectorOperation
{
    public const string SendToConversation = nameof(SendToConversation);
    public const string ReplyToActivity = nameof(ReplyToActivity);
    public const string UpdateActivity = nameof(UpdateActivity);
    public const string DeleteActivity = nameof(DeleteActivity);
    public const string CreateConversation = nameof(CreateConversation);
    public const string GetConversationMember = nameof(GetConversationMember);
}
