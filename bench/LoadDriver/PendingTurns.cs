using System.Collections.Concurrent;

namespace LoadDriver;

/// <summary>The turn each conversation is waiting on; the stub connector completes it as replies arrive.</summary>
public sealed class PendingTurns
{
    private readonly ConcurrentDictionary<string, TurnWaiter> _waiting = new(StringComparer.Ordinal);
    private long _unexpected;

    /// <summary>Replies that arrived for a conversation with no turn waiting (late, extra or unknown).</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    public TurnWaiter Register(string conversationId, UserMessage message)
    {
        var waiter = new TurnWaiter(message.ExpectedReplies, message.ExpectedFragment);
        if (!_waiting.TryAdd(conversationId, waiter))
        {
            throw new InvalidOperationException($"conversation {conversationId} already has a turn waiting");
        }
        return waiter;
    }

    public void Remove(string conversationId) => _waiting.TryRemove(conversationId, out _);

    public void Deliver(string conversationId, long arrivedAt, string replyText)
    {
        if (!_waiting.TryGetValue(conversationId, out var waiter) || !waiter.Accept(arrivedAt, replyText))
        {
            Interlocked.Increment(ref _unexpected);
        }
    }
}

/// <summary>
/// Counts one turn's replies; completes with the arrival timestamp of the last expected one. With no count
/// (<paramref name="expectedReplies"/> 0) it completes at the first reply carrying the expected text.
/// </summary>
public sealed class TurnWaiter(int expectedReplies, string? expectedFragment)
{
    private readonly TaskCompletionSource<long> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _received;
    private volatile bool _fragmentSeen = expectedFragment is null;

    public Task<long> Completed => _done.Task;

    /// <summary>False when none of the replies carried the text this turn must answer with.</summary>
    public bool AnsweredThisTurn => _fragmentSeen;

    /// <summary>The first reply's text, kept to explain a wrong answer.</summary>
    public string? FirstReply { get; private set; }

    /// <summary>The reply that carried the expected text, for a caller that reads what the bot said.</summary>
    public string? MatchedReply { get; private set; }

    public bool Accept(long arrivedAt, string replyText)
    {
        var count = Interlocked.Increment(ref _received);
        var untilMatch = expectedReplies == 0;
        if (!untilMatch && count > expectedReplies)
        {
            return false;
        }
        if (count == 1)
        {
            FirstReply = replyText;
        }
        if (expectedFragment is not null && replyText.Contains(expectedFragment, StringComparison.Ordinal))
        {
            MatchedReply = replyText;
            _fragmentSeen = true;
            if (untilMatch)
            {
                _done.TrySetResult(arrivedAt);
            }
        }
        if (count == expectedReplies)
        {
            _done.TrySetResult(arrivedAt);
        }
        return true;
    }
}
