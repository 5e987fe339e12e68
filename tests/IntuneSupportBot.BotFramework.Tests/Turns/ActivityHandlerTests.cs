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
    public async Task A_redelivery_while_the_first_delivery_runs_waits_for_it_and_gets_the_same_invoke_response()
    {
        var deduplication = new DeduplicationMiddleware(new FakeTimeProvider(), NullLogger<DeduplicationMiddleware>.Instance);
        var (first, again) = (new TestAdapter([deduplication]), new TestAdapter([deduplication]));
        var held = new HeldBot();
        var action = CardAction("ticket.claim") with { Id = "f:same" };

        var firstTurn = first.SendAsync(held, action);
        var redelivery = again.SendAsync(held, action);
        Assert.False(redelivery.IsCompleted);
        held.Release();
        await Task.WhenAll(firstTurn, redelivery);

        Assert.Equal(1, held.Turns);
        Assert.NotNull(first.LastInvokeResponse);
        Assert.Same(first.LastInvokeResponse, again.LastInvokeResponse);
    }

    [Fact]
    public async Task A_message_delivered_again_after_its_turn_runs_no_turn()
    {
        var counting = new VerbBot();
        var adapter = new TestAdapter([new DeduplicationMiddleware(new FakeTimeProvider(), NullLogger<DeduplicationMiddleware>.Instance)]);
        var message = new Activity { Type = ActivityTypes.Message, Id = "1761000000123", Text = "hi" };

        await adapter.SendAsync(counting, message);
        await adapter.SendAsync(counting, message);

        Assert.Equal(1, counting.Turns);
    }

    [Fact]
    public async Task An_invoke_delivered_again_after_it_was_answered_runs_again_because_its_answer_is_not_kept()
    {
        var counting = new VerbBot();
        var adapter = new TestAdapter([new DeduplicationMiddleware(new FakeTimeProvider(), NullLogger<DeduplicationMiddleware>.Instance)]);
        var action = CardAction("ticket.claim") with { Id = "f:same" };

        await adapter.SendAsync(counting, action);
        var first = adapter.LastInvokeResponse;
        await adapter.SendAsync(counting, action);

        Assert.Equal(2, counting.Turns);
        Assert.NotSame(first, adapter.LastInvokeResponse);
        Assert.Equal("claimed", Assert.IsType<AdaptiveCardInvokeResponse>(adapter.LastInvokeResponse!.Body).Value);
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

    /// <summary>Answers card actions only once released, counting the turns that reached it.</summary>
    private sealed class HeldBot : ActivityHandler
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _turns;

        public int Turns => Volatile.Read(ref _turns);

        public void Release() => _released.TrySetResult();

        protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(TurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct)
        {
            Interlocked.Increment(ref _turns);
            await _released.Task.WaitAsync(ct);
            return new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.MessageType, "claimed");
        }
    }

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
