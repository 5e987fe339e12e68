using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntuneSupportBot.BotFramework.Tests.Connector;

public sealed class SendPacerTests
{
    private const string Thread = "19:c@thread.tacv2";

    private static SendPacer Pacer(FakeTimeProvider time, ConnectorOptions? options = null) =>
        new(Options.Create(options ?? new ConnectorOptions()), time);

    /// <summary>One limit per thread and none for the app, to look at one rule at a time.</summary>
    private static ConnectorOptions PerThread(int sends, int appCallsPerSecond = 0) => new()
    {
        ThreadLimits = [new SendLimit { Sends = sends, Window = TimeSpan.FromSeconds(1) }],
        AppCallsPerSecond = appCallsPerSecond,
    };

    private static List<Task> Calls(SendPacer pacer, int count, Func<int, string?> conversation) =>
        [.. Enumerable.Range(0, count).Select(i => pacer.WaitTurnAsync(conversation(i), CancellationToken.None).AsTask())];

    [Fact]
    public void Teams_limits_let_seven_posts_to_a_thread_leave_at_once_the_eighth_after_a_second_and_the_ninth_after_two()
    {
        var time = new FakeTimeProvider();
        var pacer = Pacer(time);

        var turns = Calls(pacer, 9, _ => Thread);

        Assert.All(turns.Take(7), turn => Assert.True(turn.IsCompletedSuccessfully));
        Assert.False(turns[7].IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(turns[7].IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(turns[7].IsCompletedSuccessfully);
        // Eight in any two seconds: the ninth waits for the first seven to leave that window too.
        Assert.False(turns[8].IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(turns[8].IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(turns[8].IsCompletedSuccessfully);
    }

    [Fact]
    public void Posts_queue_behind_each_other_in_reservation_order()
    {
        var time = new FakeTimeProvider();
        var pacer = Pacer(time, PerThread(2));

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
        var pacer = Pacer(time, PerThread(1));

        _ = pacer.WaitTurnAsync("19:busy@thread.tacv2", CancellationToken.None);
        var busy = pacer.WaitTurnAsync("19:busy@thread.tacv2", CancellationToken.None);
        var other = pacer.WaitTurnAsync("19:quiet@thread.tacv2", CancellationToken.None);

        Assert.False(busy.IsCompleted);
        Assert.True(other.IsCompletedSuccessfully);
    }

    [Fact]
    public void The_app_limit_holds_back_the_fifty_first_call_in_a_second_whatever_thread_it_goes_to()
    {
        var time = new FakeTimeProvider();
        var pacer = Pacer(time);

        var turns = Calls(pacer, 51, i => $"a:{i}");

        Assert.All(turns.Take(50), turn => Assert.True(turn.IsCompletedSuccessfully));
        Assert.False(turns[50].IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(turns[50].IsCompletedSuccessfully);
    }

    [Fact]
    public void Calls_that_post_nothing_count_toward_the_app_limit_only()
    {
        var time = new FakeTimeProvider();
        var pacer = Pacer(time, PerThread(1, appCallsPerSecond: 3));

        var lookups = Calls(pacer, 2, _ => null);
        var post = pacer.WaitTurnAsync(Thread, CancellationToken.None);
        var another = pacer.WaitTurnAsync("a:other", CancellationToken.None).AsTask();

        Assert.All(lookups, turn => Assert.True(turn.IsCompletedSuccessfully));
        Assert.True(post.IsCompletedSuccessfully);
        Assert.False(another.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(another.IsCompletedSuccessfully);
    }

    [Fact]
    public void A_call_held_back_by_its_thread_leaves_the_app_limit_to_calls_of_other_threads_meanwhile()
    {
        var time = new FakeTimeProvider();
        var pacer = Pacer(time, PerThread(1, appCallsPerSecond: 2));

        _ = pacer.WaitTurnAsync("a:busy", CancellationToken.None);
        var held = pacer.WaitTurnAsync("a:busy", CancellationToken.None).AsTask();
        var other = pacer.WaitTurnAsync("a:other", CancellationToken.None);
        var third = pacer.WaitTurnAsync("a:third", CancellationToken.None).AsTask();

        // The held call is reserved a second ahead; the app has room for one more call now, not two.
        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(held.IsCompleted);
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(held.IsCompletedSuccessfully);
        Assert.True(third.IsCompletedSuccessfully);
    }

    [Fact]
    public void Calls_arriving_over_five_seconds_never_exceed_the_app_limit_nor_a_thread_limit_in_any_second()
    {
        // A few busy threads and many quiet ones; each call is noted at the moment its wait ends.
        var time = new FakeTimeProvider();
        var pacer = Pacer(time, PerThread(2, appCallsPerSecond: 5));
        var left = new List<(string Thread, long At)>();
        var random = new Random(7);
        var calls = 0;
        for (var step = 0; step < 100; step++)
        {
            for (var call = random.Next(0, 4); call > 0; call--, calls++)
            {
                var thread = random.Next(0, 3) == 0 ? $"a:quiet-{step}-{call}" : $"a:busy-{random.Next(0, 3)}";
                pacer.WaitTurnAsync(thread, CancellationToken.None).AsTask().ContinueWith(
                    _ => left.Add((thread, time.GetUtcNow().ToUnixTimeMilliseconds())), TaskContinuationOptions.ExecuteSynchronously);
            }
            time.Advance(TimeSpan.FromMilliseconds(50));
        }
        for (var tick = 0; left.Count < calls && tick < 100_000; tick++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.True(calls > 100, $"only {calls} calls were made");
        Assert.Equal(calls, left.Count);
        foreach (var (thread, at) in left)
        {
            Assert.True(left.Count(l => l.At > at - 1000 && l.At <= at) <= 5, $"more than 5 calls in the second up to {at}");
            Assert.True(left.Count(l => l.Thread == thread && l.At > at - 1000 && l.At <= at) <= 2, $"more than 2 calls to {thread} in the second up to {at}");
        }
    }

    [Fact]
    public void Pacing_off_never_waits()
    {
        var pacer = Pacer(new FakeTimeProvider(), new ConnectorOptions { Pacing = false });

        var turns = Calls(pacer, 100, _ => "a:1");

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

    [Fact]
    public async Task The_client_holds_calls_past_the_app_limit_from_configuration_whatever_they_are()
    {
        await using var stub = await ConnectorStub.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = ConnectorServices.LocalMode();
        settings["Bot:Connector:AppCallsPerSecond"] = "2";
        await using var services = ConnectorServices.Create(settings, time: time);
        var client = services.GetRequiredService<ConnectorClient>();

        var update = client.UpdateActivityAsync(stub.ServiceUrl, "a:1", "1", new Activity { Text = "card" }, CancellationToken.None);
        var delete = client.DeleteActivityAsync(stub.ServiceUrl, "a:2", "2", CancellationToken.None);
        var post = client.SendToConversationAsync(stub.ServiceUrl, "a:3", new Activity { Text = "third" }, CancellationToken.None);
        await stub.WaitForAsync(2, TimeSpan.FromSeconds(10));
        await Task.WhenAll(update, delete);

        Assert.Equal(2, stub.Requests.Count);
        Assert.False(post.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await post.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public void A_thread_limit_without_sends_or_window_is_refused_at_start()
    {
        var settings = ConnectorServices.LocalMode();
        settings["Bot:Connector:ThreadLimits:0:Sends"] = "0";
        settings["Bot:Connector:ThreadLimits:0:Window"] = "00:00:01";
        using var services = ConnectorServices.Create(settings);

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ConnectorOptions>>().Value);

        Assert.Contains("ThreadLimits", failure.Message);
    }
}
