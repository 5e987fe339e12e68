using System.Globalization;

namespace LoadDriver;

/// <summary>One measured run: starts the local servers, runs the virtual users, and sums up what they saw.</summary>
public static class LoadRun
{
    // In-flight turns may outlive the window by one turn timeout; past this margin the run is abandoned.
    private static readonly TimeSpan DrainMargin = TimeSpan.FromSeconds(5);

    public static async Task<RunResult> RunAsync(DriverOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var pending = new PendingTurns();
        var threads = new ChannelThreads();
        var stub = new ConnectorStub(pending, threads, clock);
        await using var connector = await stub.StartAsync(cancellationToken);
        await using var bare = options.Scenario == ScenarioKind.Bare ? await BareEndpoint.StartAsync(cancellationToken) : null;
        var target = bare is null ? options.Target : new Uri(bare.BaseAddress, "api/messages");

        using var http = CreateClient(options.Concurrency);
        var counters = new RunCounters();
        var runId = clock.GetUtcNow().ToUnixTimeMilliseconds().ToString("x", CultureInfo.InvariantCulture);
        var context = new RunContext(options, target, http, new TeamsActivityWriter(connector.BaseAddress, clock), pending,
            RunWindow.NotOpen, counters, clock);
        var tickets = options.Scenario == ScenarioKind.Claim
            ? await FileTicketsAsync(new ClaimSetup(context, threads), runId, options.Concurrency, clock, cancellationToken)
            : null;

        var startedAt = clock.GetUtcNow();
        var start = clock.GetTimestamp();
        var from = start + Ticks(options.Warmup, clock);
        context = context with { Window = new RunWindow(from, from + Ticks(options.Duration, clock)) };
        var window = context.Window;
        var invokes = new TeamsInvokeWriter(connector.BaseAddress, clock);
        var users = Enumerable.Range(0, options.Concurrency)
            .Select(i => tickets is null ? LoadUser.Of(new VirtualUser(i, runId, context)) : LoadUser.Of(new ClaimAgent(i, runId, tickets[i], invokes, context)))
            .ToArray();

        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        abandon.CancelAfter(options.Warmup + options.Duration + options.TurnTimeout + DrainMargin);
        using var stopSampling = new CancellationTokenSource();
        // The bare endpoint lives in this process, so its footprint is the driver's own.
        var pid = options.TargetPid ?? (bare is null ? null : Environment.ProcessId);
        var sampler = pid is { } sampled ? new RssSampler(sampled, clock) : null;
        var sampling = sampler?.RunAsync(stopSampling.Token) ?? Task.CompletedTask;

        var cpu = new CpuMeter(pid, clock);
        var running = Task.WhenAll(users.Select(u => Task.Run(() => u.RunAsync(abandon.Token), abandon.Token)));
        await Task.WhenAny(running, Task.Delay(options.Warmup, clock, abandon.Token));
        cpu.Start();
        await Task.WhenAny(running, Task.Delay(options.Duration, clock, abandon.Token));
        var (targetCpu, driverCpu) = cpu.Stop();
        await running;
        var end = Math.Min(clock.GetTimestamp(), window.Until);
        await stopSampling.CancelAsync();
        await sampling;

        var measured = clock.GetElapsedTime(window.From, end).TotalSeconds;
        var turns = users.Sum(u => (long)u.Latencies.Count);
        var latency = LatencySummary.From(users.Select(u => u.Latencies), clock.TimestampFrequency);
        if (counters.FirstFailure is { } failure)
        {
            await Console.Error.WriteLineAsync($"first failure: {failure}");
        }

        return new RunResult(
            options.Label, options.Scenario.ToString().ToLowerInvariant(), target.ToString(), options.Concurrency,
            options.Warmup.TotalSeconds, measured, turns, turns / measured,
            latency.P50Ms, latency.P95Ms, latency.P99Ms, latency.MaxMs, latency.MeanMs,
            counters.Non2xx, counters.Transport, counters.Timeouts, counters.WrongReplies,
            pending.Unexpected, stub.Ignored,
            sampler?.PeakRssKiB / 1024.0, sampler?.HighWaterMarkKiB / 1024.0,
            targetCpu, driverCpu, cpu.LoadAverageAtStart, startedAt);
    }

    // Set-up is not measured; it says what it did so a slow or odd set-up shows next to the figures.
    private static async Task<ClaimTicket[]> FileTicketsAsync(ClaimSetup setup, string runId, int agents, TimeProvider clock, CancellationToken cancellationToken)
    {
        var began = clock.GetTimestamp();
        var tickets = await Task.WhenAll(Enumerable.Range(0, agents).Select(i => setup.FileAsync(i, runId, cancellationToken)));
        var tiers = string.Join(", ", tickets.GroupBy(t => t.Tier).OrderBy(g => g.Key).Select(g => $"tier {g.Key}: {g.Count()}"));
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"claim set-up: {tickets.Length} tickets filed through intake and posted to their channels in {clock.GetElapsedTime(began).TotalSeconds:0.0} s ({tiers})"));
        return tickets;
    }

    private static HttpClient CreateClient(int concurrency)
    {
        var handler = new SocketsHttpHandler
        {
            // One connection per conversation: a turn never queues behind another conversation's request.
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static long Ticks(TimeSpan span, TimeProvider clock) => (long)(span.TotalSeconds * clock.TimestampFrequency);
}
