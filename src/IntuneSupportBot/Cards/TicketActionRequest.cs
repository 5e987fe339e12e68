using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>
/// A tier-card action as the bot received it: the verb, the ticket, the version the card showed and the text the
/// agent typed for this verb (trimmed, within <see cref="TicketInputs.MaxTextLength"/>). Read it from an
/// <c>adaptiveCard/action</c> invoke (<see cref="TryParse"/>) or from the Action.Submit fallback's message
/// <c>value</c> (<see cref="TryParseSubmit"/>); a malformed action is a refusal, never an exception.
/// </summary>
public sealed record TicketActionRequest(string Verb, string TicketId, int? Version)
{
    /// <summary>The Entra object id of the agent chosen in the reassign list.</summary>
    public string? ReassignTo { get; init; }

    public string? Checked { get; init; }

    public string? Found { get; init; }

    public string? CaseNumber { get; init; }

    public string? RootCause { get; init; }

    public string? Fix { get; init; }

    public string? Resolution { get; init; }

    /// <summary>The note, the question to the requester or Microsoft's answer, by verb.</summary>
    public string? Text { get; init; }

    public bool IsView => Verb == TicketVerbs.View;

    public TicketCommandKind? Kind => TicketVerbs.KindOf(Verb);

    public static bool TryParse(AdaptiveCardInvokeValue? value, [NotNullWhen(true)] out TicketActionRequest? request, [NotNullWhen(false)] out CardActionRefusal? refusal)
    {
        request = null;
        if (value?.Action is not { } action)
        {
            refusal = new(CardActionRefusalReason.NoData);
            return false;
        }

        return TryRead(action.Verb, action.Data ?? default, routing: null, out request, out refusal);
    }

    /// <summary>The fallback posts the data plus <c>"verb"</c> (see <c>ExecuteAction.WithSubmitFallback</c>) and the inputs.</summary>
    public static bool TryParseSubmit(JsonElement value, [NotNullWhen(true)] out TicketActionRequest? request, [NotNullWhen(false)] out CardActionRefusal? refusal)
    {
        request = null;
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String)
        {
            refusal = new(value.ValueKind == JsonValueKind.Object ? CardActionRefusalReason.UnknownVerb : CardActionRefusalReason.NoData);
            return false;
        }

        return TryRead(verb.GetString(), value, routing: "verb", out request, out refusal);
    }

    /// <summary>
    /// The command for the workflow; null for the refresh (<see cref="IsView"/>) and for a reassignment whose
    /// target the directory did not confirm as an agent (<paramref name="reassignTarget"/>).
    /// </summary>
    public TicketCommand? ToCommand(Actor? reassignTarget = null) => Verb switch
    {
        TicketVerbs.Claim => new TicketCommand.Claim(),
        TicketVerbs.Unassign => new TicketCommand.Unassign(),
        TicketVerbs.Reassign => reassignTarget is null ? null : new TicketCommand.Reassign(reassignTarget),
        TicketVerbs.Escalate => new TicketCommand.Escalate(Checked ?? "", Found ?? ""),
        TicketVerbs.SendToMicrosoft => new TicketCommand.SendToMicrosoft(CaseNumber ?? ""),
        TicketVerbs.BackFromMicrosoft => new TicketCommand.BackFromMicrosoft(Text ?? ""),
        TicketVerbs.RecordFix => new TicketCommand.RecordFix(RootCause ?? "", Fix ?? ""),
        TicketVerbs.Resolve => new TicketCommand.Resolve(Resolution ?? "", RootCause, Fix),
        TicketVerbs.Note => new TicketCommand.AddNote(Text ?? ""),
        TicketVerbs.Ask => new TicketCommand.AskRequester(Text ?? ""),
        _ => null,
    };

    private static bool TryRead(string? verb, JsonElement data, string? routing, [NotNullWhen(true)] out TicketActionRequest? request, [NotNullWhen(false)] out CardActionRefusal? refusal)
    {
        request = null;
        if (verb is null || !TicketVerbs.AgentVerbs.Contains(verb))
        {
            refusal = new(CardActionRefusalReason.UnknownVerb);
            return false;
        }

        refusal = CardFields.TryRead(data, verb, routing, out var fields);
        if (fields is null)
        {
            refusal ??= new(CardActionRefusalReason.NoData);
            return false;
        }

        request = new TicketActionRequest(verb, fields.TicketId, fields.Version)
        {
            ReassignTo = fields.Input(TicketInputs.ReassignTo),
            Checked = fields.Input(TicketInputs.Checked),
            Found = fields.Input(TicketInputs.Found),
            CaseNumber = fields.Input(TicketInputs.CaseNumber),
            RootCause = fields.Input(TicketInputs.FixRootCause) ?? fields.Input(TicketInputs.ResolveRootCause),
            Fix = fields.Input(TicketInputs.FixSteps) ?? fields.Input(TicketInputs.ResolveFix),
            Resolution = fields.Input(TicketInputs.Resolution),
            Text = fields.Input(TicketInputs.Note) ?? fields.Input(TicketInputs.Question) ?? fields.Input(TicketInputs.MicrosoftUpdate),
        };
        return true;
    }
}
