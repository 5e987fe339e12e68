using System.Buffers;
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

    // One press at a time per agent, so its request and its answer are written into the same buffers every time:
    // the driver's own garbage collections would stop every agent's clock, and they are not the bot's.
    private readonly ArrayBufferWriter<byte> _request = new(4096);
    private byte[] _answer = new byte[32 * 1024];

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
        _request.ResetWrittenCount();
        writer.WriteCardAction(_request, activityId, ticket.Thread, ticket.Agent, verb, ticket.TicketId, version);
        using var timeout = new CancellationTokenSource(shared.Options.TurnTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = clock.GetTimestamp();
        try
        {
            using var content = new ReadOnlyMemoryContent(_request.WrittenMemory);
            content.Headers.ContentType = Json;
            using var request = new HttpRequestMessage(HttpMethod.Post, shared.Target) { Content = content };
            using var response = await shared.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            // The whole body is read before the clock stops: the answer is the card, so it is part of the latency.
            var answer = await ReadAnswerAsync(response, linked.Token);
            var answeredAt = clock.GetTimestamp();
            if (!response.IsSuccessStatusCode)
            {
                Count(started, () => shared.Counters.AddNon2xx((int)response.StatusCode));
                return false;
            }
            if (response.StatusCode != HttpStatusCode.OK || AnswerType(answer.Span) != CardType)
            {
                var text = Encoding.UTF8.GetString(answer.Span);
                Count(started, () => shared.Counters.AddWrongReply($"HTTP {(int)response.StatusCode} {text}"));
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

    /// <summary>The whole response body, in the agent's answer buffer (grown when an answer does not fit).</summary>
    private async Task<ReadOnlyMemory<byte>> ReadAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var length = 0;
        while (true)
        {
            if (length == _answer.Length)
            {
                Array.Resize(ref _answer, _answer.Length * 2);
            }
            var read = await body.ReadAsync(_answer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return _answer.AsMemory(0, length);
            }
            length += read;
        }
    }

    /// <summary>The invoke response's top-level <c>type</c>, read without building the card (its value is skipped).</summary>
    private static string? AnswerType(ReadOnlySpan<byte> answer)
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
