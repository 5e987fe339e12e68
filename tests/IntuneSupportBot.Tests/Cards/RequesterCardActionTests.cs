using System.Text.Json;
using System.Text.Json.Nodes;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Tickets;
using static IntuneSupportBot.Tests.Cards.CardSamples;

namespace IntuneSupportBot.Tests.Cards;

/// <summary>The requester's Action.Submit comes back as a message value; it is read safely and routed by its verb.</summary>
public sealed class RequesterCardActionTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    /// <summary>Each submit on the sample requester cards, its inputs filled as the requester would.</summary>
    private static IEnumerable<(JsonElement Value, Ticket Ticket)> Submits()
    {
        foreach (var ticket in new[] { SampleTickets["resolved"], SampleTickets["asked"] })
        {
            var json = CardJson.Of(RequesterTicketCard.Build(ticket, "en", PermissionsFor(ticket)));
            foreach (var action in json.Root.GetProperty("actions").EnumerateArray())
            {
                var isForm = action.GetProperty("type").GetString() == "Action.ShowCard";
                var submit = isForm ? action.GetProperty("card").GetProperty("actions")[0] : action;
                var value = JsonNode.Parse(submit.GetProperty("data").GetRawText())!.AsObject();
                if (isForm)
                {
                    value[action.GetProperty("card").GetProperty("body")[0].GetProperty("id").GetString()!] = " typed by Minji ";
                }

                yield return (JsonSerializer.SerializeToElement(value), ticket);
            }
        }
    }

    [Fact]
    public void Every_requester_button_round_trips_to_its_command()
    {
        var kinds = new List<TicketCommandKind>();
        foreach (var (value, ticket) in Submits())
        {
            Assert.True(RequesterCardAction.IsRequesterAction(value));
            Assert.True(RequesterCardAction.TryParse(value, out var action, out var refusal), refusal?.Describe());
            Assert.Equal((ticket.Id, ticket.Version), (action.TicketId, action.Version));
            var command = action.ToCommand();
            Assert.Equal(TicketVerbs.KindOf(action.Verb), command.Kind);
            if (command is TicketCommand.RequesterReplied reply)
            {
                Assert.Equal("typed by Minji", reply.Text);
            }

            kinds.Add(command.Kind);
        }

        Assert.Equal([TicketCommandKind.RequesterReplied, TicketCommandKind.RequesterConfirmed, TicketCommandKind.RequesterReopened], kinds.Distinct().Order());
    }

    [Fact]
    public void Reopening_without_a_reason_is_read()
    {
        Assert.True(RequesterCardAction.TryParse(Parse("""{"ticket":"ticket.reopen","ticketId":"INT-1001","version":4}"""), out var action, out _));

        Assert.Equal(new TicketCommand.RequesterReopened(null), action.ToCommand());
    }

    [Theory]
    [InlineData("""{"ticketId":"INT-1001"}""", CardActionRefusalReason.UnknownVerb, null)]
    [InlineData("""{"ticket":"ticket.claim","ticketId":"INT-1001"}""", CardActionRefusalReason.UnknownVerb, null)]
    [InlineData("""{"ticket":7,"ticketId":"INT-1001"}""", CardActionRefusalReason.UnknownVerb, null)]
    [InlineData("""{"ticket":"ticket.confirm"}""", CardActionRefusalReason.MissingTicketId, null)]
    [InlineData("""{"ticket":"ticket.reply","ticketId":"INT-1001"}""", CardActionRefusalReason.MissingInput, "reply")]
    [InlineData("""{"ticket":"ticket.confirm","ticketId":"INT-1001","verb":"ticket.claim"}""", CardActionRefusalReason.UnexpectedValue, "verb")]
    [InlineData("""["ticket.confirm"]""", CardActionRefusalReason.NoData, null)]
    public void A_malformed_requester_action_is_refused_with_a_reason(string value, CardActionRefusalReason reason, string? field)
    {
        Assert.False(RequesterCardAction.TryParse(Parse(value), out var action, out var refusal));
        Assert.Null(action);
        Assert.Equal(new CardActionRefusal(reason, field), refusal);
    }

    [Fact]
    public void An_oversized_answer_is_refused()
    {
        var value = JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["ticket"] = TicketVerbs.Reply, ["ticketId"] = "INT-1001", ["reply"] = new string('가', TicketInputs.MaxTextLength + 1) });

        Assert.False(RequesterCardAction.TryParse(value, out _, out var refusal));
        Assert.Equal(new CardActionRefusal(CardActionRefusalReason.TooLong, TicketInputs.Reply), refusal);
    }

    [Fact]
    public void A_message_value_without_the_ticket_key_is_not_a_requester_action()
    {
        Assert.False(RequesterCardAction.IsRequesterAction(Parse("""{"verb":"ticket.claim","ticketId":"INT-1001"}""")));
        Assert.False(RequesterCardAction.IsRequesterAction(Parse("\"text\"")));
    }
}
