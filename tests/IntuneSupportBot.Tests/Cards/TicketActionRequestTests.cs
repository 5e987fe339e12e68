using System.Text.Json;
using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Tickets;
using static IntuneSupportBot.Tests.Cards.CardSamples;
using static IntuneSupportBot.Tests.Tickets.TicketSamples;

namespace IntuneSupportBot.Tests.Cards;

/// <summary>What Teams sends back for a tier-card action is read safely: every verb round-trips; anything malformed is a refusal.</summary>
public sealed class TicketActionRequestTests
{
    /// <summary>Every button of every sample card, with its inputs filled as an agent would.</summary>
    public static IEnumerable<object[]> ButtonsOnCards()
    {
        var seen = new HashSet<string>();
        foreach (var (name, ticket) in SampleTickets)
        {
            foreach (var viewer in Viewers.Values)
            {
                var json = CardJson.Of(TicketCard.Build(ticket, viewer, "en", ContextFor(ticket)));
                foreach (var (button, inputs) in Buttons(json.Root))
                {
                    if (seen.Add(button.GetProperty("verb").GetString()!))
                    {
                        yield return [button.GetRawText(), JsonSerializer.Serialize(Filled(inputs)), name];
                    }
                }
            }
        }
    }

    /// <summary>Every button with the inputs of its form: a form is a shown card with inputs; "More" holds further buttons.</summary>
    private static IEnumerable<(JsonElement Button, List<JsonElement> Inputs)> Buttons(JsonElement card)
    {
        foreach (var action in card.TryGetProperty("actions", out var actions) ? actions.EnumerateArray() : default)
        {
            if (action.GetProperty("type").GetString() != "Action.ShowCard")
            {
                yield return (action, []);
                continue;
            }
            var shown = action.GetProperty("card");
            if (shown.TryGetProperty("body", out var body) && body.GetArrayLength() > 0)
            {
                yield return (shown.GetProperty("actions")[0], body.EnumerateArray().ToList());
                continue;
            }
            foreach (var inner in Buttons(shown))
            {
                yield return inner;
            }
        }
    }

    private static Dictionary<string, string> Filled(IEnumerable<JsonElement> inputs) => inputs.ToDictionary(
        input => input.GetProperty("id").GetString()!,
        input => input.GetProperty("type").GetString() == "Input.ChoiceSet"
            ? input.GetProperty("choices")[0].GetProperty("value").GetString()!
            : $"  typed {input.GetProperty("id").GetString()}  ");

    private static JsonElement Merge(JsonElement data, Dictionary<string, string> inputs)
    {
        var merged = JsonNode.Parse(data.GetRawText())!.AsObject();
        foreach (var (id, value) in inputs)
        {
            merged[id] = value;
        }

        return JsonSerializer.SerializeToElement(merged);
    }

    private static AdaptiveCardInvokeValue Invoke(string? verb, JsonElement? data) =>
        new() { Action = new AdaptiveCardInvokeAction { Type = "Action.Execute", Verb = verb, Data = data }, Trigger = "manual" };

    private static AdaptiveCardInvokeValue Invoke(string verb, string json) => Invoke(verb, JsonDocument.Parse(json).RootElement);

    [Theory]
    [MemberData(nameof(ButtonsOnCards))]
    public void Every_button_round_trips_through_the_invoke_and_the_submit_fallback(string buttonJson, string inputsJson, string ticketName)
    {
        var button = JsonDocument.Parse(buttonJson).RootElement;
        var inputs = JsonSerializer.Deserialize<Dictionary<string, string>>(inputsJson)!;
        var verb = button.GetProperty("verb").GetString()!;
        var ticket = SampleTickets[ticketName];

        Assert.True(TicketActionRequest.TryParse(Invoke(verb, Merge(button.GetProperty("data"), inputs)), out var viaInvoke, out var refusal), refusal?.Describe());
        Assert.True(TicketActionRequest.TryParseSubmit(Merge(button.GetProperty("fallback").GetProperty("data"), inputs), out var viaSubmit, out refusal), refusal?.Describe());

        Assert.Equal(viaInvoke, viaSubmit);
        Assert.Equal((verb, ticket.Id, ticket.Version), (viaInvoke.Verb, viaInvoke.TicketId, viaInvoke.Version));
        var target = viaInvoke.ReassignTo is { } id ? Actor.Agent(id, "Someone", ticket.Tier) : null;
        Assert.Equal(TicketVerbs.KindOf(verb), viaInvoke.ToCommand(target)!.Kind);
        Assert.All(inputs.Keys, id => Assert.Contains(inputs[id].Trim(), JsonSerializer.Serialize(viaInvoke)));
    }

    [Fact]
    public void Every_agent_verb_is_offered_by_some_sample_card()
    {
        var offered = ButtonsOnCards().Select(row => JsonDocument.Parse((string)row[0]).RootElement.GetProperty("verb").GetString()).ToHashSet();

        Assert.Equal(TicketVerbs.AgentVerbs.Where(verb => verb != TicketVerbs.View).Order(), offered.Order());
    }

    [Fact]
    public void The_refresh_is_read_as_a_view()
    {
        Assert.True(TicketActionRequest.TryParse(Invoke(TicketVerbs.View, """{"ticketId":"INT-1001","version":7}"""), out var request, out _));

        Assert.True(request.IsView);
        Assert.Null(request.ToCommand());
        Assert.Equal(7, request.Version);
    }

    [Fact]
    public void The_typed_text_becomes_the_command()
    {
        Assert.True(TicketActionRequest.TryParse(Invoke(TicketVerbs.Escalate, """{"ticketId":"INT-1001","escalateChecked":" profile ","escalateFound":"hash twice"}"""), out var request, out _));

        Assert.Equal(new TicketCommand.Escalate("profile", "hash twice"), request.ToCommand());
        Assert.Null(request.Version);
    }

    [Fact]
    public void A_reassignment_without_a_confirmed_target_has_no_command()
    {
        Assert.True(TicketActionRequest.TryParse(Invoke(TicketVerbs.Reassign, """{"ticketId":"INT-1001","reassignTo":"agent-dana"}"""), out var request, out _));

        Assert.Equal("agent-dana", request.ReassignTo);
        Assert.Null(request.ToCommand());
        Assert.Equal(new TicketCommand.Reassign(Dana(1)), request.ToCommand(Dana(1)));
    }

    [Fact]
    public void Inputs_of_other_buttons_on_the_same_card_are_ignored()
    {
        Assert.True(TicketActionRequest.TryParse(Invoke(TicketVerbs.Note, """{"ticketId":"INT-1001","note":"n","question":"q","caseNumber":"1"}"""), out var request, out _));

        Assert.Equal(new TicketCommand.AddNote("n"), request.ToCommand());
        Assert.Null(request.CaseNumber);
    }

    public static TheoryData<string?, string?, CardActionRefusalReason, string?> Refusals => new()
    {
        { TicketVerbs.Claim, null, CardActionRefusalReason.NoData, null },
        { TicketVerbs.Claim, "[]", CardActionRefusalReason.NoData, null },
        { TicketVerbs.Claim, "{}", CardActionRefusalReason.MissingTicketId, null },
        { TicketVerbs.Claim, """{"version":2}""", CardActionRefusalReason.MissingTicketId, null },
        { TicketVerbs.Claim, """{"ticketId":""}""", CardActionRefusalReason.MissingTicketId, "ticketId" },
        { TicketVerbs.Claim, """{"ticketId":42}""", CardActionRefusalReason.BadTicketId, "ticketId" },
        { TicketVerbs.Claim, """{"ticketId":"INT-1; DROP TABLE"}""", CardActionRefusalReason.BadTicketId, "ticketId" },
        { TicketVerbs.Claim, """{"ticketId":"int-1001"}""", CardActionRefusalReason.BadTicketId, "ticketId" },
        { TicketVerbs.Claim, """{"ticketId":"INT-1001","version":"3"}""", CardActionRefusalReason.BadVersion, "version" },
        { TicketVerbs.Claim, """{"ticketId":"INT-1001","version":0}""", CardActionRefusalReason.BadVersion, "version" },
        { TicketVerbs.Claim, """{"ticketId":"INT-1001","version":1.5}""", CardActionRefusalReason.BadVersion, "version" },
        { TicketVerbs.Claim, """{"ticketId":"INT-1001","isAdmin":true}""", CardActionRefusalReason.UnexpectedValue, "isAdmin" },
        { TicketVerbs.Claim, """{"ticketId":"INT-1001","ticketId":"INT-1002"}""", CardActionRefusalReason.UnexpectedValue, "ticketId" },
        { "ticket.delete", """{"ticketId":"INT-1001"}""", CardActionRefusalReason.UnknownVerb, "ticket.delete" },
        { null, """{"ticketId":"INT-1001"}""", CardActionRefusalReason.UnknownVerb, null },
        { TicketVerbs.Confirm, """{"ticketId":"INT-1001"}""", CardActionRefusalReason.UnknownVerb, "ticket.confirm" },
        { TicketVerbs.Escalate, """{"ticketId":"INT-1001","escalateChecked":"x"}""", CardActionRefusalReason.MissingInput, TicketInputs.Found },
        { TicketVerbs.Escalate, """{"ticketId":"INT-1001","escalateChecked":"x","escalateFound":"   "}""", CardActionRefusalReason.MissingInput, TicketInputs.Found },
        { TicketVerbs.Note, """{"ticketId":"INT-1001","note":["a"]}""", CardActionRefusalReason.BadValue, TicketInputs.Note },
        { TicketVerbs.Reassign, """{"ticketId":"INT-1001"}""", CardActionRefusalReason.MissingInput, TicketInputs.ReassignTo },
        { TicketVerbs.Resolve, """{"ticketId":"INT-1001","resolveFix":"f"}""", CardActionRefusalReason.MissingInput, TicketInputs.Resolution },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_malformed_action_is_refused_with_a_reason(string? verb, string? data, CardActionRefusalReason reason, string? field)
    {
        var value = Invoke(verb, data is null ? null : JsonDocument.Parse(data).RootElement);

        Assert.False(TicketActionRequest.TryParse(value, out var request, out var refusal));
        Assert.Null(request);
        Assert.Equal(new CardActionRefusal(reason, field), refusal);
    }

    [Theory]
    [InlineData(TicketVerbs.Note, TicketInputs.Note, TicketInputs.MaxTextLength)]
    [InlineData(TicketVerbs.SendToMicrosoft, TicketInputs.CaseNumber, TicketInputs.MaxCaseNumberLength)]
    [InlineData(TicketVerbs.Reassign, TicketInputs.ReassignTo, TicketInputs.MaxUserIdLength)]
    [InlineData(TicketVerbs.Claim, TicketInputs.Question, TicketInputs.MaxTextLength)]
    public void An_input_over_its_length_is_refused_and_one_at_the_length_is_read(string verb, string input, int max)
    {
        string Data(int length) => JsonSerializer.Serialize(new Dictionary<string, string> { ["ticketId"] = "INT-1001", [input] = new string('x', length) });

        Assert.True(TicketActionRequest.TryParse(Invoke(verb, Data(max)), out _, out var refusal), refusal?.Describe());
        Assert.False(TicketActionRequest.TryParse(Invoke(verb, Data(max + 1)), out _, out refusal));
        Assert.Equal(new CardActionRefusal(CardActionRefusalReason.TooLong, input), refusal);
    }

    [Fact]
    public void A_missing_action_or_a_submit_without_a_verb_is_refused()
    {
        Assert.False(TicketActionRequest.TryParse(null, out _, out var refusal));
        Assert.Equal(CardActionRefusalReason.NoData, refusal.Reason);
        Assert.False(TicketActionRequest.TryParse(new AdaptiveCardInvokeValue(), out _, out refusal));
        Assert.Equal(CardActionRefusalReason.NoData, refusal.Reason);
        Assert.False(TicketActionRequest.TryParseSubmit(JsonDocument.Parse("""{"ticketId":"INT-1001"}""").RootElement, out _, out refusal));
        Assert.Equal(CardActionRefusalReason.UnknownVerb, refusal.Reason);
        Assert.False(TicketActionRequest.TryParseSubmit(JsonDocument.Parse("\"ticket.claim\"").RootElement, out _, out refusal));
        Assert.Equal(CardActionRefusalReason.NoData, refusal.Reason);
    }
}
