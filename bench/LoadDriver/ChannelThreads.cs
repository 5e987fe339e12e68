using System.Collections.Concurrent;

namespace LoadDriver;

/// <summary>Where a ticket's card was posted in its tier channel: the thread's conversation id and its root message.</summary>
public sealed record ChannelThread(string ConversationId, string ActivityId);

/// <summary>
/// The channel threads the bot opened through the stub, by the ticket id the root card's summary starts with, so a
/// virtual agent can wait for its ticket's card before pressing its buttons.
/// </summary>
public sealed class ChannelThreads
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ChannelThread>> _byTicket = new(StringComparer.Ordinal);

    public void Opened(string ticketId, ChannelThread thread) => Slot(ticketId).TrySetResult(thread);

    public Task<ChannelThread> WaitAsync(string ticketId, CancellationToken cancellationToken) =>
        Slot(ticketId).Task.WaitAsync(cancellationToken);

    private TaskCompletionSource<ChannelThread> Slot(string ticketId) =>
        _byTicket.GetOrAdd(ticketId, static _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
}
