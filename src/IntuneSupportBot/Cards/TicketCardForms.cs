using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>The shapes of the tier card's buttons: a plain button, or a ShowCard holding the verb's inputs and its button.</summary>
internal sealed class TicketCardForms(CardStrings text, TicketActionData data)
{
    // Every button of a card carries the same data, so it is written once per card.
    private readonly System.Text.Json.JsonElement _data = CardData.From(data, CardJsonContext.Default.TicketActionData);

    public ExecuteAction Button(string verb, string title, AssociatedInputs? inputs = AssociatedInputs.None) =>
        new ExecuteAction(verb) { Title = title, Data = _data, AssociatedInputs = inputs }.WithSubmitFallback();

    /// <summary>A ShowCard with one input per (id, label, multiline) and the verb's button under them.</summary>
    public ShowCardAction Form(string verb, string title, params (string Id, string Label, bool Multiline)[] fields) =>
        Show(verb, title, [.. fields.Select(field => Input(verb, field.Id, field.Label, field.Multiline))]);

    public ShowCardAction Escalate(int toTier) => Show(TicketVerbs.Escalate, text["Action_Escalate"],
        [Input(TicketVerbs.Escalate, TicketInputs.Checked, "Input_Checked", true), Input(TicketVerbs.Escalate, TicketInputs.Found, "Input_Found", true)],
        text.Format("Action_EscalateTo", toTier));

    /// <summary>Root cause and fix are required of tier 3 and optional below it, as the workflow has it.</summary>
    public ShowCardAction Resolve(string title, bool fixRequired) => Show(TicketVerbs.Resolve, title,
    [
        Input(TicketVerbs.Resolve, TicketInputs.Resolution, "Input_Resolution", true),
        Input(TicketVerbs.Resolve, TicketInputs.ResolveRootCause, "Input_RootCause", true, fixRequired),
        Input(TicketVerbs.Resolve, TicketInputs.ResolveFix, "Input_Fix", true, fixRequired),
    ]);

    // Choice titles are plain text (not markdown), so names are only cleaned of invisible characters.
    public ShowCardAction Reassign(IReadOnlyList<Person> members) => Show(TicketVerbs.Reassign, text["Action_Reassign"],
    [
        new InputChoiceSet(TicketInputs.ReassignTo, [.. members.Select(member => new InputChoice(CardText.Truncate(CardText.Clean(member.Name), 64), member.ObjectId))])
        {
            Label = text["Input_ReassignTo"],
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = text["Required"],
        },
    ]);

    private ShowCardAction Show(string verb, string title, IReadOnlyList<CardElement> inputs, string? submitTitle = null) =>
        new(new AdaptiveCard
        {
            Body = inputs,
            Actions = [Button(verb, submitTitle ?? title, AssociatedInputs.Auto)],
        })
        { Title = title };

    private InputText Input(string verb, string id, string label, bool multiline, bool required = true)
    {
        var spec = VerbInputs.Spec(verb, id);
        return new InputText(id)
        {
            Label = text[label],
            IsMultiline = multiline ? true : null,
            MaxLength = spec.MaxLength,
            IsRequired = required,
            ErrorMessage = required ? text["Required"] : null,
        };
    }
}
