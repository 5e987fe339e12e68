namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>One of Teams' rate limits: at most <see cref="Sends"/> calls in any <see cref="Window"/>.</summary>
public sealed class SendLimit
{
    public int Sends { get; set; }

    public TimeSpan Window { get; set; }

    public bool IsValid => Sends > 0 && Window > TimeSpan.Zero;
}
