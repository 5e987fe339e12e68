using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.Turns;
using IntuneSupportBot.Tests.Hosting;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>Card actions pressed in a channel pane: real <c>adaptiveCard/action</c> invokes through /api/messages.</summary>
public sealed class PlaygroundInvokeTests
{
    private static readonly object RefreshedCard = new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text = "Claimed by you" } } };

    [Fact]
    public async Task An_Action_Execute_press_reaches_the_bot_as_a_Teams_invoke_from_the_agent_and_its_answer_comes_back()
    {
        var recorder = new TurnRecorder
        {
            AnsweredVerb = "ticket.claim",
            InvokeAnswer = new InvokeResponse(200, new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.CardType, RefreshedCard)),
        };
        await using var host = await TestBotHost.StartAsync(services: recorder.Register);
        var (connector, serviceUrl) = ConnectorRoutesTests.Connector(host);
        var created = await connector.CreateConversationAsync(serviceUrl, PlaygroundCards.NewThread(DemoTenant.Tier1Channel, PlaygroundCards.Card("TCK-0004")), CancellationToken.None);

        using var response = await host.Client.PostAsJsonAsync("/playground/invoke", new
        {
            conversationId = created.Id,
            replyToId = created.ActivityId,
            verb = "ticket.claim",
            data = new { ticketId = "TCK-0004", note = "on it" },
            agentId = DemoTenant.JordanKim,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, body.GetProperty("type").GetString());
        Assert.Equal("Claimed by you", body.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("x-playground-sequence")));

        var invoke = Assert.Single(recorder.Received, activity => activity.Type == ActivityTypes.Invoke);
        Assert.Equal(ActivityHandler.AdaptiveCardActionInvoke, invoke.Name);
        Assert.Equal("msteams", invoke.ChannelId);
        Assert.Equal(new Uri(host.BaseAddress, "/_connector/").AbsoluteUri, invoke.ServiceUrl);
        Assert.Equal(("29:" + DemoTenant.JordanKim, DemoTenant.JordanKim), (invoke.From!.Id, invoke.From.AadObjectId));
        Assert.Equal((created.Id, "channel"), (invoke.Conversation!.Id, invoke.Conversation.ConversationType));
        Assert.Equal(created.ActivityId, invoke.ReplyToId);
        Assert.Equal(DemoTenant.Tier1Channel, invoke.GetTeamsChannelData()!.Channel!.Id);
        var action = invoke.Value!.Value.GetProperty("action");
        Assert.Equal(("Action.Execute", "ticket.claim", "on it"),
            (action.GetProperty("type").GetString(), action.GetProperty("verb").GetString(), action.GetProperty("data").GetProperty("note").GetString()));
        Assert.Equal("manual", invoke.Value.Value.GetProperty("trigger").GetString());
    }

    [Fact]
    public async Task A_verb_the_bot_does_not_know_comes_back_as_the_bots_own_error_card_response()
    {
        await using var host = await TestBotHost.StartAsync();
        var (connector, serviceUrl) = ConnectorRoutesTests.Connector(host);
        var created = await connector.CreateConversationAsync(serviceUrl, PlaygroundCards.NewThread(DemoTenant.Tier1Channel, PlaygroundCards.Card("TCK-0005")), CancellationToken.None);

        using var response = await host.Client.PostAsJsonAsync("/playground/invoke", new
        {
            conversationId = created.Id, replyToId = created.ActivityId, verb = "playground.no-such-verb", data = new { }, agentId = DemoTenant.JordanKim,
        });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_invoke_into_an_unknown_thread_or_by_an_unknown_agent_is_refused_before_the_bot()
    {
        var recorder = new TurnRecorder();
        await using var host = await TestBotHost.StartAsync(services: recorder.Register);
        var (connector, serviceUrl) = ConnectorRoutesTests.Connector(host);
        var created = await connector.CreateConversationAsync(serviceUrl, PlaygroundCards.NewThread(DemoTenant.Tier1Channel, PlaygroundCards.Card("TCK-0006")), CancellationToken.None);

        using var noThread = await host.Client.PostAsJsonAsync("/playground/invoke", new
        {
            conversationId = DemoTenant.Tier1Channel + ";messageid=1", replyToId = "1", verb = "ticket.claim", data = new { }, agentId = DemoTenant.JordanKim,
        });
        using var noAgent = await host.Client.PostAsJsonAsync("/playground/invoke", new
        {
            conversationId = created.Id, replyToId = created.ActivityId, verb = "ticket.claim", data = new { }, agentId = "someone-else",
        });

        Assert.Equal(HttpStatusCode.NotFound, noThread.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noAgent.StatusCode);
        Assert.DoesNotContain(recorder.Received, activity => activity.Type == ActivityTypes.Invoke);
    }
}
