using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>
/// The requester's card in their personal chat: where the ticket stands in plain words, what they reported, the
/// fix once found, and their own buttons. The buttons are Action.Submit (Web Chat runs no Action.Execute) whose
/// data carries <c>"ticket": verb</c>, read back by <see cref="RequesterCardAction.TryParse"/>; each is offered
/// only when the workflow would accept it from the requester now.
/// </summary>
public static class RequesterTicketCard
{
    // (summary, every other text) in characters: the first that keeps the card within a channel post's 28 KB.
    private static readonly (int Summary, int Text)[] Budgets = [(600, 1500), (400, 700), (200, 300)];

    /// <summary>The card at the first budget whose JSON fits a channel post, with that JSON.</summary>
    public static WrittenCard Build(Ticket ticket, string language, TicketPermissions permissions)
    {
        var text = CardStrings.For(language);
        var question = OpenQuestion(ticket);
        var actions = Actions(ticket, text, permissions, question is not null);
        WrittenCard card = null!;
        foreach (var (summary, length) in Budgets)
        {
            card = AdaptiveCardSerializer.Write(Compose(ticket, text, question, actions, summary, length));
            if (card.FitsChannelPost)
            {
                break;
            }
        }

        return card;
    }

    private static AdaptiveCard Compose(Ticket ticket, CardStrings text, TicketNote? question, IReadOnlyList<AdaptiveAction> actions, int summaryLength, int textLength)
    {
        var body = new List<CardElement>
        {
            new TextBlock(text.Format("R_Title", ticket.Id)) { Weight = FontWeight.Bolder, Size = FontSize.Medium },
            new TextBlock(Status(ticket, text)) { Color = CardFormat.StateColor(ticket.State), Weight = FontWeight.Bolder, Spacing = Spacing.Small },
            TicketCardReport.Heading(text["R_Reported"]),
            new TextBlock(CardText.Escape(ticket.Report.Summary, summaryLength)) { Spacing = Spacing.Small },
        };
        if (question is not null)
        {
            body.Add(new Container(
            [
                new TextBlock(text["R_Question"]) { Weight = FontWeight.Bolder },
                new TextBlock(CardText.Escape(question.Text, textLength)) { Spacing = Spacing.Small },
            ])
            { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium });
        }

        if (ticket.Fix is { } fix)
        {
            body.Add(TicketCardReport.Heading(text["R_Fix"]));
            body.Add(new TextBlock(CardText.Escape(fix, textLength)) { Spacing = Spacing.Small });
        }

        if (ticket.Resolution is { } resolution)
        {
            body.Add(TicketCardReport.Heading(text["R_Resolution"]));
            body.Add(new TextBlock(CardText.Escape(resolution, textLength)) { Spacing = Spacing.Small });
        }

        return new AdaptiveCard
        {
            FallbackText = text.Format("FallbackText", ticket.Id, CardFormat.State(ticket.State, text)),
            Body = body,
            Actions = actions.Count > 0 ? actions : null,
        };
    }

    private static List<AdaptiveAction> Actions(Ticket ticket, CardStrings text, TicketPermissions permissions, bool questionOpen)
    {
        var requester = Actor.ForRequester(ticket.Requester);
        var actions = new List<AdaptiveAction>();
        if (permissions.Allows(ticket, new TicketCommand.RequesterConfirmed(), requester))
        {
            actions.Add(Submit(ticket, TicketVerbs.Confirm, text["R_Confirm"]));
        }

        if (permissions.Allows(ticket, new TicketCommand.RequesterReopened(), requester))
        {
            actions.Add(Form(ticket, TicketVerbs.Reopen, text["R_Reopen"], TicketInputs.ReopenReason, text["R_ReopenReason"], required: false, text));
        }

        if (permissions.Allows(ticket, new TicketCommand.RequesterReplied("probe"), requester))
        {
            actions.Add(questionOpen
                ? Form(ticket, TicketVerbs.Reply, text["R_Answer"], TicketInputs.Reply, text["R_ReplyInput"], required: true, text)
                : Form(ticket, TicketVerbs.Reply, text["R_AddInfo"], TicketInputs.Reply, text["R_InfoInput"], required: true, text));
        }

        return actions;
    }

    /// <summary>The latest question to the requester, unless they answered after it.</summary>
    private static TicketNote? OpenQuestion(Ticket ticket) =>
        ticket.Notes.LastOrDefault(note => note.Kind is TicketNoteKind.QuestionToRequester or TicketNoteKind.RequesterReply) is { Kind: TicketNoteKind.QuestionToRequester } asked
        && ticket.State.IsOpen() && ticket.State != TicketState.Resolved
            ? asked
            : null;

    private static string Status(Ticket ticket, CardStrings text) => ticket.State switch
    {
        TicketState.Claimed when ticket.IsContactUserTask => text.Format("R_Status_FixFoundBy", CardFormat.Name(ticket.Assignee!.Name)),
        TicketState.Claimed => text.Format("R_Status_Claimed", CardFormat.Name(ticket.Assignee!.Name)),
        _ => text[$"R_Status_{ticket.State}"],
    };

    private static SubmitAction Submit(Ticket ticket, string verb, string title, AssociatedInputs inputs = AssociatedInputs.None) => new()
    {
        Title = title,
        Data = CardData.From(new RequesterActionData(verb, ticket.Id, ticket.Version), CardJsonContext.Default.RequesterActionData),
        AssociatedInputs = inputs,
    };

    private static ShowCardAction Form(Ticket ticket, string verb, string title, string inputId, string label, bool required, CardStrings text) =>
        new(new AdaptiveCard
        {
            Body =
            [
                new InputText(inputId)
                {
                    Label = label,
                    IsMultiline = true,
                    MaxLength = VerbInputs.Spec(verb, inputId).MaxLength,
                    IsRequired = required,
                    ErrorMessage = required ? text["Required"] : null,
                },
            ],
            Actions = [Submit(ticket, verb, text["R_Send"], AssociatedInputs.Auto)],
        })
        { Title = title };
}
