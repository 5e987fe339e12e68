using System.Net.Http.Headers;

namespace LoadDriver;

/// <summary>One simulated Teams user: holds one conversation at a time and sends its next message only after the last one was answered.</summary>
public sealed class VirtualUser(int index, string runId, RunContext shared)
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    /// <summary>Latency of each measured turn, in <see cref="TimeProvider"/> timestamp ticks.</summary>
    public List<long> Latencies { get; } = new(capacity: 4096);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var options = shared.Options;
        long conversation = 0;
        long sequence = 0;
        var step = 0;

        while (!cancellationToken.IsCancellationRequested
            && shared.Window.Admits(shared.Clock.GetTimestamp())
            && (options.TurnsPerUser is not { } limit || Latencies.Count < limit))
        {
            var conversationId = $"a:bench-{runId}-{index}-{conversation}";
            var message = Scenarios.Message(options, step, sequence);
            var answered = await TurnAsync(conversationId, $"{runId}-{index}-{sequence}", message, cancellationToken);
            sequence++;

            // After a failure the conversation's state in the bot is unknown: start a fresh one.
            if (!answered || Scenarios.EndsConversation(options.Scenario, step))
            {
                conversation++;
                step = 0;
            }
            else
            {
                step = (step + 1) % Scenarios.StepCount(options.Scenario);
            }
        }
    }

    private async Task<bool> TurnAsync(string conversationId, string activityId, UserMessage message, CancellationToken cancellationToken)
    {
        var clock = shared.Clock;
        var body = shared.Writer.Write(activityId, conversationId, index, message.Text);
        var waiter = shared.Options.Scenario == ScenarioKind.Bare ? null : shared.Pending.Register(conversationId, message);
        using var timeout = new CancellationTokenSource(shared.Options.TurnTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = clock.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            using var response = await shared.Http.PostAsync(shared.Target, content, linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                Count(started, () => shared.Counters.AddNon2xx((int)response.StatusCode));
                return false;
            }

            var answeredAt = waiter is null ? clock.GetTimestamp() : await waiter.Completed.WaitAsync(linked.Token);
            if (waiter is { AnsweredThisTurn: false })
            {
                Count(started, () => shared.Counters.AddWrongReply(waiter.FirstReply));
                return false;
            }
            if (shared.Window.Measures(answeredAt))
            {
                Latencies.Add(answeredAt - started);
            }
            return true;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Count(started, shared.Counters.AddTimeout);
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run was interrupted or overran its drain margin: the turn is neither a result nor an error.
            return false;
        }
        catch (HttpRequestException e)
        {
            Count(started, () => shared.Counters.AddTransport(e.Message));
            return false;
        }
        finally
        {
            if (waiter is not null)
            {
                shared.Pending.Remove(conversationId);
            }
        }
    }

    // A failure belongs to the measurement when its turn started after warm-up, even if it ends after the window.
    private void Count(long started, Action add)
    {
        if (started >= shared.Window.From)
        {
            add();
        }
    }
}
