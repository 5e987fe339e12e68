using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>
/// The buttons of a tier card: one per command the workflow would accept from this viewer now, each an
/// Action.Execute with its verb and <see cref="TicketActionData"/> (and an Action.Submit fallback). Commands that
/// need text are asked with probe text; the real text is checked again when the action arrives.
/// </summary>
internal static class TicketCardActions
{
    private const string Probe = "probe";
    private const int MaxReassignChoices = 25;

    public static IReadOnlyList<AdaptiveAction> For(Ticket ticket, CardViewer viewer, CardStrings text, TicketCardContext context)
    {
        if (viewer.Actor is not { } actor)
        {
            return [];
        }

        var data = Data(ticket);
        var forms = new TicketCardForms(text, data);
        bool Allows(TicketCommand command) => context.Permissions.Allows(ticket, command, actor);

        var actions = new List<AdaptiveAction>();
        if (Allows(new TicketCommand.Claim()))
        {
            actions.Add(forms.Button(TicketVerbs.Claim, text["Action_Claim"]));
        }

        if (Allows(new TicketCommand.Unassign()))
        {
            actions.Add(forms.Button(TicketVerbs.Unassign, text["Action_Unassign"]));
        }

        var targets = context.TierMembers
            .Where(member => !member.ObjectId.Contains(',', StringComparison.Ordinal) && member.ObjectId.Length <= TicketInputs.MaxUserIdLength)
            .DistinctBy(member => member.ObjectId)
            .Where(member => Allows(new TicketCommand.Reassign(Actor.Agent(member.ObjectId, member.Name, ticket.Tier))))
            .Take(MaxReassignChoices)
            .ToList();
        if (targets.Count > 0)
        {
            actions.Add(forms.Reassign(targets));
        }

        if (Allows(new TicketCommand.Escalate(Probe, Probe)))
        {
            actions.Add(forms.Escalate(ticket.Tier + 1));
        }

        if (Allows(new TicketCommand.SendToMicrosoft(Probe)))
        {
            actions.Add(forms.Form(TicketVerbs.SendToMicrosoft, text["Action_SendToMicrosoft"], (TicketInputs.CaseNumber, "Input_CaseNumber", false)));
        }

        if (Allows(new TicketCommand.BackFromMicrosoft(Probe)))
        {
            actions.Add(forms.Form(TicketVerbs.BackFromMicrosoft, text["Action_BackFromMicrosoft"], (TicketInputs.MicrosoftUpdate, "Input_MicrosoftUpdate", true)));
        }

        if (Allows(new TicketCommand.RecordFix(Probe, Probe)))
        {
            actions.Add(forms.Form(TicketVerbs.RecordFix, text["Action_RecordFix"],
                (TicketInputs.FixRootCause, "Input_RootCause", true), (TicketInputs.FixSteps, "Input_Fix", true)));
        }

        if (Allows(new TicketCommand.Resolve(Probe, Probe, Probe)))
        {
            actions.Add(forms.Resolve(ticket.IsContactUserTask ? text["Action_ResolveContactUser"] : text["Action_Resolve"], fixRequired: ticket.Tier == 3));
        }

        if (Allows(new TicketCommand.AddNote(Probe)))
        {
            actions.Add(forms.Form(TicketVerbs.Note, text["Action_AddNote"], (TicketInputs.Note, "Input_Note", true)));
        }

        if (Allows(new TicketCommand.AskRequester(Probe)))
        {
            actions.Add(forms.Form(TicketVerbs.Ask, text["Action_Ask"], (TicketInputs.Question, "Input_Question", true)));
        }

        return actions;
    }

    public static TicketActionData Data(Ticket ticket) => new(ticket.Id, ticket.Version);
}
