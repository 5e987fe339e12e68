using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>
/// A button pressed on the requester's personal-chat card: a message whose <c>value</c> carries
/// <c>{"ticket": verb, "ticketId": …}</c> and the typed text. Anything else is a refusal, never an exception.
/// </summary>
public sealed record RequesterCardAction(string Verb, string TicketId, int? Version, string? Text = null)
{
    public const string RoutingKey = "ticket";

    /// <summary>True when <paramref name="value"/> claims to be a requester ticket action, well formed or not.</summary>
    public static bool IsRequesterAction(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(RoutingKey, out _);

    public static bool TryParse(JsonElement value, [NotNullWhen(true)] out RequesterCardAction? action, [NotNullWhen(false)] out CardActionRefusal? refusal)
    {
        action = null;
        if (value.ValueKind != JsonValueKind.Object)
        {
            refusal = new(CardActionRefusalReason.NoData);
            return false;
        }

        if (!value.TryGetProperty(RoutingKey, out var verbValue) || verbValue.ValueKind != JsonValueKind.String
            || verbValue.GetString() is not { } verb || !TicketVerbs.RequesterVerbs.Contains(verb))
        {
            refusal = new(CardActionRefusalReason.UnknownVerb);
            return false;
        }

        refusal = CardFields.TryRead(value, verb, RoutingKey, out var fields);
        if (fields is null)
        {
            refusal ??= new(CardActionRefusalReason.NoData);
            return false;
        }

        action = new RequesterCardAction(verb, fields.TicketId, fields.Version, fields.Input(TicketInputs.Reply) ?? fields.Input(TicketInputs.ReopenReason));
        return true;
    }

    public TicketCommand ToCommand() => Verb switch
    {
        TicketVerbs.Reply => new TicketCommand.RequesterReplied(Text ?? ""),
        TicketVerbs.Confirm => new TicketCommand.RequesterConfirmed(),
        TicketVerbs.Reopen => new TicketCommand.RequesterReopened(Text),
        _ => throw new InvalidOperationException($"{Verb} is not a requester verb; TryParse admits none other."),
    };
}
