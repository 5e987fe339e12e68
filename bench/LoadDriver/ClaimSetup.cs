using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace LoadDriver;

/// <summary>One virtual agent's ticket: where its card sits in the tier channel and who may press its buttons.</summary>
public sealed record ClaimTicket(string TicketId, int Tier, ChannelThread Thread, TierAgent Agent);

/// <summary>A set-up step that did not give a virtual agent its ticket; the run stops with the reason.</summary>
public sealed class SetupFailedException(string message) : Exception(message);

/// <summary>
/// The claim scenario's set-up, not measured: each virtual agent files its own ticket as a requester, through the
/// intake conversation in a 1:1 chat, then waits for the bot to post the ticket's card in its tier channel.
/// </summary>
public sealed partial class ClaimSetup(RunContext shared, ChannelThreads threads)
{
    private const string FiledFragment = "Your ticket is INT-";

    /// <summary>
    /// Set-up is not measured, and the bot paces its calls to the connector as Teams requires (50 a second for the
    /// app), so every requester filing at once makes each step's answer wait its turn: far longer than a measured turn may.
    /// </summary>
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(1);
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    public async Task<ClaimTicket> FileAsync(int index, string runId, CancellationToken cancellationToken)
    {
        var conversationId = $"a:bench-{runId}-file-{index}";
        var steps = Scenarios.Intake;
        string? filed = null;
        for (var step = 0; step < steps.Count; step++)
        {
            var last = step == steps.Count - 1;
            // The last answer is read, not counted: it waits for the reply that names the ticket.
            var message = new UserMessage(steps[step], last ? 0 : 1, last ? FiledFragment : null);
            var waiter = await SayAsync(conversationId, $"{runId}-file-{index}-{step}", index, message, cancellationToken);
            filed = waiter.MatchedReply;
        }

        var match = FiledReply().Match(filed ?? "");
        if (!match.Success)
        {
            throw new SetupFailedException($"the intake did not end in a filed ticket: {filed}");
        }
        var ticketId = match.Groups["id"].Value;
        var tier = int.Parse(match.Groups["tier"].Value, CultureInfo.InvariantCulture);
        var agent = DemoDirectory.AgentOf(tier, index)
            ?? throw new SetupFailedException($"{ticketId} went to tier {tier}, which has no agents in the demo directory");

        using var timer = new CancellationTokenSource(StepTimeout, shared.Clock);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            var thread = await threads.WaitAsync(ticketId, timeout.Token);
            return new ClaimTicket(ticketId, tier, thread, agent);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SetupFailedException($"the card of {ticketId} was not posted in the tier {tier} channel within {StepTimeout.TotalSeconds:0} s");
        }
    }

    private async Task<TurnWaiter> SayAsync(string conversationId, string activityId, int index, UserMessage message, CancellationToken cancellationToken)
    {
        var waiter = shared.Pending.Register(conversationId, message);
        using var timer = new CancellationTokenSource(StepTimeout, shared.Clock);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            using var content = new ByteArrayContent(shared.Writer.Write(activityId, conversationId, index, message.Text));
            content.Headers.ContentType = Json;
            using var response = await shared.Http.PostAsync(shared.Target, content, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new SetupFailedException($"HTTP {(int)response.StatusCode} to '{message.Text}' while filing a ticket");
            }
            await waiter.Completed.WaitAsync(timeout.Token);
            return waiter;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SetupFailedException($"no answer to '{message.Text}' within {StepTimeout.TotalSeconds:0} s while filing a ticket (first reply: {waiter.FirstReply})");
        }
        catch (HttpRequestException e)
        {
            throw new SetupFailedException($"'{message.Text}' could not be sent while filing a ticket: {e.Message}");
        }
        finally
        {
            shared.Pending.Remove(conversationId);
        }
    }

    [GeneratedRegex(@"Your ticket is (?<id>INT-\d+)\. The tier (?<tier>\d) support team")]
    private static partial Regex FiledReply();
}
