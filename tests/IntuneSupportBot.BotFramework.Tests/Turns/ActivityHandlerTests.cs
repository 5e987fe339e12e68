using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.Testing;
using IntuneSupportBot.BotFramework.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace IntuneSupportBot.BotFramework.Tests.Turns;

public sealed class ActivityHandlerTests
{
    [Fact]
    public async Task A_card_action_is_routed_by_its_verb_and_answered_with_the_handlers_response()
    {
        var adapter = new TestAdapter();

        await adapter.SendAsync(new VerbBot(), CardAction("ticket.claim"));

        var body = Assert.IsType<AdaptiveCardInvokeResponse>(adapter.LastInvokeResponse!.Body);
        Assert.Equal(200, adapter.LastInvokeResponse.Status);
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.Type);
        Assert.Equal("claimed", body.Value);
    }

    [Fact]
    public async Task A_card_action_without_a_verb_gets_a_400_error_body()
    {
        var adapter = new TestAdapter();

        await adapter.SendAsync(new VerbBot(), CardAction(verb: null));

        var body = Assert.IsType<AdaptiveCardInvokeResponse>(adapter.LastInvokeResponse!.Body);
        Assert.Equal(400, body.StatusCode);
    }

    [Fact]
    public async Task An_unknown_invoke_is_answered_501()
    {
        var adapter = new TestAdapter();

        await adapter.SendAsync(new VerbBot(), new Activity { Type = ActivityTypes.Invoke, Name = "composeExtension/query" });

        Assert.Equal(501, adapter.LastInvokeResponse!.Status);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_accepted_and_ignored()
    {
        var adapter = new TestAdapter();

        var replies = await adapter.SendAsync(new VerbBot(), new Activity { Type = "somethingNew" });

        Assert.Empty(replies);
    }

    [Fact]
    public async Task A_redelivered_activity_runs_the_bot_once_and_gets_the_same_invoke_response()
    {
        var counting = new VerbBot();
        var adapter = new TestAdapter([new DeduplicationMiddleware(new FakeTimeProvider(), NullLogger<DeduplicationMiddleware>.Instance)]);
        var action = CardAction("ticket.claim") with { Id = "f:same" };

        await adapter.SendAsync(counting, action);
        var first = adapter.LastInvokeResponse;
        await adapter.SendAsync(counting, action);

        Assert.Equal(1, counting.Turns);
        Assert.Same(first, adapter.LastInvokeResponse);
    }

    [Fact]
    public async Task The_same_activity_id_after_the_window_runs_again()
    {
        var clock = new FakeTimeProvider();
        var counting = new VerbBot();
        var adapter = new TestAdapter([new DeduplicationMiddleware(clock, NullLogger<DeduplicationMiddleware>.Instance)]);
        var message = new Activity { Type = ActivityTypes.Message, Id = "1761000000123", Text = "hi" };

        await adapter.SendAsync(counting, message);
        clock.Advance(TimeSpan.FromMinutes(6));
        await adapter.SendAsync(counting, message);

        Assert.Equal(2, counting.Turns);
    }

    [Fact]
    public async Task Past_the_most_it_remembers_the_oldest_delivery_is_forgotten_within_the_window()
    {
        var counting = new VerbBot();
        var adapter = new TestAdapter([new DeduplicationMiddleware(new FakeTimeProvider(), NullLogger<DeduplicationMiddleware>.Instance)]);
        Activity Message(int i) => new() { Type = ActivityTypes.Message, Id = $"m-{i}", Text = "hi" };

        for (var i = 0; i <= DeduplicationMiddleware.MaxRemembered + 1; i++)
        {
            await adapter.SendAsync(counting, Message(i));
        }
        await adapter.SendAsync(counting, Message(DeduplicationMiddleware.MaxRemembered + 1));
        await adapter.SendAsync(counting, Message(0));

        Assert.Equal(DeduplicationMiddleware.MaxRemembered + 3, counting.Turns);
    }

    private static Activity CardAction(string? verb) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = ActivityHandler.AdaptiveCardActionInvoke,
        Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data = new { ticketId = "INT-1" } } }),
    };

    private sealed class VerbBot : ActivityHandler
    {
        public int Turns { get; private set; }

        public override Task OnTurnAsync(TurnContext turnContext, CancellationToken ct)
        {
            Turns++;
            return base.OnTurnAsync(turnContext, ct);
        }

        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(TurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct) =>
            Task.FromResult(value.Action?.Verb == "ticket.claim"
                ? new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.MessageType, "claimed")
                : new AdaptiveCardInvokeResponse(400, AdaptiveCardInvokeResponse.ErrorType, "unknown"));
    }
}
