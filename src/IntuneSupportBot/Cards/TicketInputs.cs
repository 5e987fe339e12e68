namespace IntuneSupportBot.Cards;

/// <summary>
/// Ids of the inputs on ticket cards: their values reach the bot under these names. Each verb has its own ids so
/// no two inputs of a card share one.
/// </summary>
public static class TicketInputs
{
    public const string ReassignTo = "reassignTo";
    public const string Checked = "escalateChecked";
    public const string Found = "escalateFound";
    public const string CaseNumber = "caseNumber";
    public const string MicrosoftUpdate = "microsoftUpdate";
    public const string FixRootCause = "fixRootCause";
    public const string FixSteps = "fixSteps";
    public const string Resolution = "resolution";
    public const string ResolveRootCause = "resolveRootCause";
    public const string ResolveFix = "resolveFix";
    public const string Note = "note";
    public const string Question = "question";
    public const string Reply = "reply";
    public const string ReopenReason = "reopenReason";

    /// <summary>The longest text an input may carry; the card says so and the parser refuses more.</summary>
    public const int MaxTextLength = 4000;

    public const int MaxCaseNumberLength = 64;

    /// <summary>An Entra object id is 36 characters; a little room for other id forms.</summary>
    public const int MaxUserIdLength = 128;
}
