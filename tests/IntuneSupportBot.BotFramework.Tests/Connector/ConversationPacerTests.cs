using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntuneSupportBot.BotFramework.Tests.Connector;

public sealed class ConversationPacerTests
{
    private static ConversationPacer Pacer(FakeTimeProvider time, int limit = 7) =>
        new(Options.Create(new ConnectorOptions { MaxSendsPerWindow = limit, SendWindow = TimeSpan.FromSeconds(1) }), time);

    [Fact]
    public void Seven_posts_to_one_thread_leave_at_once_and_the_eighth_waits_a_full_second()
    {
        var time = new FakeTimeProvider();
        var pacer = Pacer(time);

        var burst = Enumerable.Range(0, 7).Select(_ => pacer.WaitTurnAsync("19:c@thread.tacv2", CancellationToken.None)).ToList();
        var eighth = pacer.WaitTurnAsync("19:c@thread.tacv2", CancellationToken.None).AsTask();

        Assert.All(burst, turn => Assert.True(turn.IsCompletedSuccessfully));
        Assert.False(eighth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(eighth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(eighth.IsCompletedSuccessfully);
    }

    [Fact]
    public void Posts_queue_behind_each_other_in_reservation_order()
    {
        var time = new FakeTimeProvider();
        var pacer = Pacer(time, limit: 2);

        _ = pacer.WaitTurnAsync("a:1", CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(400));
        _ = pacer.WaitTurnAsync("a:1", CancellationToken.None);
        var third = pacer.WaitTurnAsync("a:1", CancellationToken.None).AsTask();
        var fourth = pacer.WaitTurnAsync("a:1", CancellationToken.None).AsTask();

        time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.True(third.IsCompletedSuccessfully);
        Assert.False(fourth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.True(fourth.IsCompletedSuccessfully);
    }

    [Fact]
    public void A_busy_thread_does_not_slow_down_another()
    {
        var time = new FakeTimeProvider();
        var pacer = Pacer(time, limit: 1);

        _ = pacer.WaitTurnAsync("19:busy@thread.tacv2", CancellationToken.None);
        var busy = pacer.WaitTurnAsync("19:busy@thread.tacv2", CancellationToken.None);
        var other = pacer.WaitTurnAsync("19:quiet@thread.tacv2", CancellationToken.None);

        Assert.False(busy.IsCompleted);
        Assert.True(other.IsCompletedSuccessfully);
    }

    [Fact]
    public void Pacing_set_to_zero_never_waits()
    {
        var pacer = Pacer(new FakeTimeProvider(), limit: 0);

        var turns = Enumerable.Range(0, 50).Select(_ => pacer.WaitTurnAsync("a:1", CancellationToken.None)).ToList();

        Assert.All(turns, turn => Assert.True(turn.IsCompletedSuccessfully));
    }

    [Fact]
    public async Task The_client_holds_the_eighth_post_to_a_thread_until_the_window_moves()
    {
        await using var stub = await ConnectorStub.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode(), time: time);
        var client = services.GetRequiredService<ConnectorClient>();

        var sends = Enumerable.Range(1, 8)
            .Select(i => client.SendToConversationAsync(stub.ServiceUrl, "19:tier1@thread.tacv2", new Activity { Text = $"card {i}" }, CancellationToken.None))
            .ToList();
        await stub.WaitForAsync(7, TimeSpan.FromSeconds(10));
        await Task.WhenAll(sends.Take(7));

        Assert.Equal(7, stub.Requests.Count);
        Assert.False(sends[7].IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await sends[7].WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(8, stub.Requests.Count);
    }
}
