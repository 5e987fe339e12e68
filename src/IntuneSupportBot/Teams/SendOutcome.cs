namespace IntuneSupportBot.Teams;

/// <summary>What one send achieved: the copy it placed (if any), or why it could not be sent at all.</summary>
public sealed record SendOutcome(CardCopy? Placement, string? Refusal)
{
    public static SendOutcome Delivered(CardCopy? placement) => new(placement, null);

    public static SendOutcome Refused(string reason) => new(null, reason);
}
