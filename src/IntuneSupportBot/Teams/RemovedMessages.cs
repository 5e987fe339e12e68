namespace IntuneSupportBot.Teams;

/// <summary>What one outbox clean-up round deleted: sent messages, and failed or uncertain ones.</summary>
public sealed record RemovedMessages(int Sent, int FailedOrUncertain)
{
    public int Total => Sent + FailedOrUncertain;
}
