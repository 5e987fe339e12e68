namespace IntuneSupportBot.Cards;

public enum CardActionRefusalReason
{
    /// <summary>No action or no data object.</summary>
    NoData,
    UnknownVerb,
    MissingTicketId,
    BadTicketId,
    BadVersion,

    /// <summary>A required input is absent or blank.</summary>
    MissingInput,

    /// <summary>A value is not of the expected JSON type (an input that is not a string).</summary>
    BadValue,
    TooLong,

    /// <summary>A property no ticket card sends, or the same property twice.</summary>
    UnexpectedValue,
}

/// <summary>Why a card action could not be read; <see cref="Field"/> names the property at fault, if one is.</summary>
public sealed record CardActionRefusal(CardActionRefusalReason Reason, string? Field = null)
{
    public string Describe() => Field is null ? Reason.ToString() : $"{Reason}: {Field}";
}
