using System.Collections.Frozen;

namespace IntuneSupportBot.Cards;

/// <summary>An input a verb reads: its id, how long it may be, and whether the action is void without it.</summary>
internal sealed record InputSpec(string Id, int MaxLength, bool Required);

/// <summary>Which inputs each verb reads; the cards draw their inputs from the same table the parser checks against.</summary>
internal static class VerbInputs
{
    private static readonly FrozenDictionary<string, InputSpec[]> ByVerb = new Dictionary<string, InputSpec[]>
    {
        [TicketVerbs.Reassign] = [new(TicketInputs.ReassignTo, TicketInputs.MaxUserIdLength, true)],
        [TicketVerbs.Escalate] = [Text(TicketInputs.Checked), Text(TicketInputs.Found)],
        [TicketVerbs.SendToMicrosoft] = [new(TicketInputs.CaseNumber, TicketInputs.MaxCaseNumberLength, true)],
        [TicketVerbs.BackFromMicrosoft] = [Text(TicketInputs.MicrosoftUpdate)],
        [TicketVerbs.RecordFix] = [Text(TicketInputs.FixRootCause), Text(TicketInputs.FixSteps)],
        // Tier 3 must give root cause and fix, tiers 1-2 may: the workflow holds that rule, not the parser.
        [TicketVerbs.Resolve] = [Text(TicketInputs.Resolution), Text(TicketInputs.ResolveRootCause, false), Text(TicketInputs.ResolveFix, false)],
        [TicketVerbs.Note] = [Text(TicketInputs.Note)],
        [TicketVerbs.Ask] = [Text(TicketInputs.Question)],
        [TicketVerbs.Reply] = [Text(TicketInputs.Reply)],
        [TicketVerbs.Reopen] = [Text(TicketInputs.ReopenReason, false)],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every input id any ticket card has.</summary>
    public static FrozenSet<string> AllIds { get; } = ByVerb.Values.SelectMany(specs => specs).Select(spec => spec.Id).ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<InputSpec> For(string verb) => ByVerb.TryGetValue(verb, out var specs) ? specs : [];

    public static InputSpec Spec(string verb, string id) => For(verb).Single(spec => spec.Id == id);

    private static InputSpec Text(string id, bool required = true) => new(id, TicketInputs.MaxTextLength, required);
}
