using System.Text.Json;
using IntuneSupportBot.BotFramework.AdaptiveCards;

namespace IntuneSupportBot.BotFramework.Tests.AdaptiveCards;

public sealed class ActionSerializationTests
{
    private static readonly JsonElement Ticket = CardData.From(new TicketRef("INT-1042"), TestCardDataContext.Default.TicketRef);

    private static JsonElement Write(AdaptiveAction action) =>
        AdaptiveCardSerializer.ToElement(new AdaptiveCard { Actions = [action] }).GetProperty("actions")[0];

    [Fact]
    public void An_execute_action_writes_its_verb_and_typed_data()
    {
        var action = Write(new ExecuteAction("ticket.claim") { Title = "Claim", Data = Ticket, AssociatedInputs = AssociatedInputs.None });

        Assert.Equal("""{"type":"Action.Execute","verb":"ticket.claim","data":{"ticketId":"INT-1042"},"associatedInputs":"none","title":"Claim"}""", action.GetRawText());
    }

    [Fact]
    public void An_execute_action_without_a_verb_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ExecuteAction(""));
    }

    [Fact]
    public void The_submit_fallback_carries_the_title_data_and_verb()
    {
        var action = Write(new ExecuteAction("ticket.claim") { Title = "Claim", Data = Ticket }.WithSubmitFallback());

        var fallback = action.GetProperty("fallback");
        Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
        Assert.Equal("Claim", fallback.GetProperty("title").GetString());
        Assert.Equal("""{"ticketId":"INT-1042","verb":"ticket.claim"}""", fallback.GetProperty("data").GetRawText());
        Assert.Equal("""{"ticketId":"INT-1042"}""", action.GetProperty("data").GetRawText());
    }

    [Fact]
    public void The_submit_fallback_has_one_verb_the_actions_whatever_the_data_holds()
    {
        var withVerb = Write(new ExecuteAction("ticket.claim") { Data = JsonElement.Parse("""{"ticketId":"INT-1","verb":"old","n":[1,{"a":null}]}""") }.WithSubmitFallback());
        var withoutData = Write(new ExecuteAction("ticket.view").WithSubmitFallback());

        Assert.Equal("""{"ticketId":"INT-1","n":[1,{"a":null}],"verb":"ticket.claim"}""", withVerb.GetProperty("fallback").GetProperty("data").GetRawText());
        Assert.Equal("""{"verb":"ticket.view"}""", withoutData.GetProperty("fallback").GetProperty("data").GetRawText());
    }

    [Fact]
    public void A_submit_action_writes_its_data()
    {
        var action = Write(new SubmitAction { Title = "Send", Data = Ticket });

        Assert.Equal("""{"type":"Action.Submit","data":{"ticketId":"INT-1042"},"title":"Send"}""", action.GetRawText());
    }

    [Fact]
    public void An_open_url_action_writes_its_url()
    {
        var action = Write(new OpenUrlAction(new Uri("https://learn.microsoft.com/mem/intune/")) { Title = "Docs" });

        Assert.Equal("""{"type":"Action.OpenUrl","url":"https://learn.microsoft.com/mem/intune/","title":"Docs"}""", action.GetRawText());
    }

    [Fact]
    public void A_show_card_action_writes_its_card()
    {
        var action = Write(new ShowCardAction(new AdaptiveCard { Body = [new InputText("caseNumber")] }) { Title = "Send to Microsoft" });

        Assert.Equal("Action.ShowCard", action.GetProperty("type").GetString());
        var card = action.GetProperty("card");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("Input.Text", card.GetProperty("body")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void A_refresh_writes_its_action_as_an_execute_action()
    {
        var card = AdaptiveCardSerializer.ToElement(new AdaptiveCard { Refresh = new CardRefresh(new ExecuteAction("ticket.view") { Data = Ticket }, ["u1", "u2"]) });

        Assert.Equal("""{"action":{"type":"Action.Execute","verb":"ticket.view","data":{"ticketId":"INT-1042"}},"userIds":["u1","u2"]}""", card.GetProperty("refresh").GetRawText());
    }

    [Fact]
    public void Data_that_is_not_an_object_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CardData.From("INT-1042", TestCardDataContext.Default.String));
    }

    [Fact]
    public void A_card_reads_back_into_the_same_model()
    {
        var card = SampleCards.Everything();

        var back = AdaptiveCardSerializer.FromJson(AdaptiveCardSerializer.ToJson(card));

        Assert.Equal(AdaptiveCardSerializer.ToJson(card), AdaptiveCardSerializer.ToJson(back));
        var claim = Assert.IsType<ExecuteAction>(back.Actions![0]);
        Assert.Equal("ticket.claim", claim.Verb);
        Assert.IsType<SubmitAction>(claim.Fallback);
        Assert.Equal("ticket.view", back.Refresh!.Action.Verb);
    }

    [Fact]
    public void A_card_reads_even_when_type_is_not_the_first_property()
    {
        var card = AdaptiveCardSerializer.FromJson("""{"version":"1.5","body":[{"text":"hi","type":"TextBlock"}],"actions":[{"verb":"v","type":"Action.Execute"}]}""");

        Assert.Equal("hi", Assert.IsType<TextBlock>(card.Body[0]).Text);
        Assert.Equal("v", Assert.IsType<ExecuteAction>(card.Actions![0]).Verb);
    }

    [Theory]
    [InlineData("""{"version":"1.5","body":[{"type":"Media","sources":[]}]}""", "'Media' is not a card CardElement this bot knows.")]
    [InlineData("""{"version":"1.5","body":[{"text":"hi"}]}""", "A card CardElement needs a type.")]
    [InlineData("""{"version":"1.5","body":[],"actions":[{"type":"Action.ToggleVisibility"}]}""", "'Action.ToggleVisibility' is not a card AdaptiveAction this bot knows.")]
    [InlineData("""{"version":"1.5","body":["TextBlock"]}""", "A card CardElement must be a JSON object.")]
    public void An_element_or_action_of_no_known_type_is_refused_with_a_reason(string json, string reason)
    {
        var refused = Assert.ThrowsAny<JsonException>(() => AdaptiveCardSerializer.FromJson(json));

        Assert.StartsWith(reason, refused.Message, StringComparison.Ordinal);
    }
}
