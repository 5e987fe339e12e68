using System.Collections.Frozen;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>
/// The verbs ticket cards carry. They are a contract with every card already posted in Teams, so a verb is never
/// renamed; each maps to exactly one <see cref="TicketCommandKind"/>, except <see cref="View"/> (the refresh).
/// </summary>
public static class TicketVerbs
{
    public const string View = "ticket.view";
    public const string Claim = "ticket.claim";
    public const string Unassign = "ticket.unassign";
    public const string Reassign = "ticket.reassign";
    public const string Escalate = "ticket.escalate";
    public const string SendToMicrosoft = "ticket.sendToMicrosoft";
    public const string BackFromMicrosoft = "ticket.backFromMicrosoft";
    public const string RecordFix = "ticket.recordFix";
    public const string Resolve = "ticket.resolve";
    public const string Note = "ticket.note";
    public const string Ask = "ticket.ask";

    // The requester's verbs, sent by Action.Submit from the personal chat.
    public const string Reply = "ticket.reply";
    public const string Confirm = "ticket.confirm";
    public const string Reopen = "ticket.reopen";

    private static readonly FrozenDictionary<string, TicketCommandKind> Kinds = new Dictionary<string, TicketCommandKind>
    {
        [Claim] = TicketCommandKind.Claim,
        [Unassign] = TicketCommandKind.Unassign,
        [Reassign] = TicketCommandKind.Reassign,
        [Escalate] = TicketCommandKind.Escalate,
        [SendToMicrosoft] = TicketCommandKind.SendToMicrosoft,
        [BackFromMicrosoft] = TicketCommandKind.BackFromMicrosoft,
        [RecordFix] = TicketCommandKind.RecordFix,
        [Resolve] = TicketCommandKind.Resolve,
        [Note] = TicketCommandKind.AddNote,
        [Ask] = TicketCommandKind.AskRequester,
        [Reply] = TicketCommandKind.RequesterReplied,
        [Confirm] = TicketCommandKind.RequesterConfirmed,
        [Reopen] = TicketCommandKind.RequesterReopened,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The verbs of the tier-channel card (Action.Execute), the refresh included.</summary>
    public static IReadOnlyList<string> AgentVerbs { get; } =
        [View, Claim, Unassign, Reassign, Escalate, SendToMicrosoft, BackFromMicrosoft, RecordFix, Resolve, Note, Ask];

    /// <summary>The verbs of the requester's personal-chat card (Action.Submit).</summary>
    public static IReadOnlyList<string> RequesterVerbs { get; } = [Reply, Confirm, Reopen];

    /// <summary>The command a verb stands for; null for <see cref="View"/> and for unknown verbs.</summary>
    public static TicketCommandKind? KindOf(string verb) => Kinds.TryGetValue(verb, out var kind) ? kind : null;
}
