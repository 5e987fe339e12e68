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

        var targets = ReassignTargets(ticket, actor, context);
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

    /// <summary>
    /// The tier's members the workflow would let this viewer hand the ticket to, each once, at most
    /// <see cref="MaxReassignChoices"/>; an id a choice's value cannot carry is left out. Written as a loop: every
    /// card asks, and the query's closures and set were a noticeable part of what a card allocated.
    /// </summary>
    private static List<Person> ReassignTargets(Ticket ticket, Actor actor, TicketCardContext context)
    {
        var targets = new List<Person>();
        var seen = new List<string>();
        foreach (var member in context.TierMembers)
        {
            if (targets.Count == MaxReassignChoices)
            {
                break;
            }
            if (member.ObjectId.Contains(',', StringComparison.Ordinal) || member.ObjectId.Length > TicketInputs.MaxUserIdLength
                || seen.Contains(member.ObjectId))
            {
                continue;
            }
            seen.Add(member.ObjectId);
            if (context.Permissions.Allows(ticket, new TicketCommand.Reassign(Actor.Agent(member.ObjectId, member.Name, ticket.Tier)), actor))
            {
                targets.Add(member);
            }
        }
        return targets;
    }
}
