using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace LoadDriver;

/// <summary>
/// One agent at work on its own ticket: presses Claim, then Unassign, then Claim again, each press an
/// <c>adaptiveCard/action</c> invoke whose answer — the refreshed card — comes back in the HTTP response.
/// </summary>
public sealed class ClaimAgent(int index, string runId, ClaimTicket ticket, TeamsInvokeWriter writer, RunContext shared)
{
    public const string Claim = "ticket.claim";
    public const string Unassign = "ticket.unassign";
    private const string CardType = "application/vnd.microsoft.card.adaptive";

    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    /// <summary>Latency of each measured press, in <see cref="TimeProvider"/> timestamp ticks.</summary>
    public List<long> Latencies { get; } = new(capacity: 4096);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var options = shared.Options;
        // A filed ticket is at version 1 and every move adds one; after a failure the version is unknown and left out.
        int? version = 1;
        var claimed = false;
        long sequence = 0;

        while (!cancellationToken.IsCancellationRequested
            && shared.Window.Admits(shared.Clock.GetTimestamp())
            && (options.TurnsPerUser is not { } limit || Latencies.Count < limit))
        {
            var verb = claimed ? Unassign : Claim;
            var answered = await PressAsync($"f:{runId}-{index}-{sequence++}", verb, version, cancellationToken);
            version = answered ? version + 1 : null;
            // Even after a failure the press may have landed; the other verb next either undoes it or is refused once.
            claimed = !claimed;
        }
    }

    private async Task<bool> PressAsync(string activityId, string verb, int? version, CancellationToken cancellationToken)
    {
        var clock = shared.Clock;
        var body = writer.WriteCardAction(activityId, ticket.Thread, ticket.Agent, verb, ticket.TicketId, version);
        using var timeout = new CancellationTokenSource(shared.Options.TurnTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = clock.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            // The default completion reads the whole body: the answer is the card, so it is part of the latency.
            using var response = await shared.Http.PostAsync(shared.Target, content, linked.Token);
            var answer = await response.Content.ReadAsByteArrayAsync(linked.Token);
            var answeredAt = clock.GetTimestamp();
            if (!response.IsSuccessStatusCode)
            {
                Count(started, () => shared.Counters.AddNon2xx((int)response.StatusCode));
                return false;
            }
            if (response.StatusCode != HttpStatusCode.OK || AnswerType(answer) != CardType)
            {
                Count(started, () => shared.Counters.AddWrongReply($"HTTP {(int)response.StatusCode} {Encoding.UTF8.GetString(answer)}"));
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
            return false;
        }
        catch (HttpRequestException e)
        {
            Count(started, () => shared.Counters.AddTransport(e.Message));
            return false;
        }
    }

    /// <summary>The invoke response's top-level <c>type</c>, read without building the card (its value is skipped).</summary>
    private static string? AnswerType(byte[] answer)
    {
        try
        {
            var reader = new Utf8JsonReader(answer);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("type"u8);
                reader.Read();
                if (isType)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                reader.Skip();
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Count(long started, Action add)
    {
        if (started >= shared.Window.From)
        {
            add();
        }
    }
}
