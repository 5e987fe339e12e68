using System.Collections.Concurrent;

namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>
/// Values remembered by key for one window from their first arrival, and at most <c>capacity</c> of them, so
/// memory does not grow with the rate under a flood: arrival order is also expiry order, and the oldest are
/// forgotten first. For telling a redelivery (the same id within seconds or minutes) from a new arrival.
/// </summary>
public sealed class RecentArrivals<TValue>(TimeSpan window, int capacity)
{
    private readonly ConcurrentDictionary<ArrivalKey, TValue> _values = new();
    private readonly ConcurrentQueue<(KeyValuePair<ArrivalKey, TValue> Entry, DateTimeOffset Until)> _arrivals = new();

    // A counter of its own: the dictionary's Count takes all of its locks.
    private int _remembered;

    /// <summary>The value remembered under <paramref name="key"/>, if it has not been forgotten yet.</summary>
    public bool TryGetValue(ArrivalKey key, out TValue value) => _values.TryGetValue(key, out value!);

    /// <summary>
    /// The value remembered under <paramref name="key"/>, or <paramref name="value"/> remembered from
    /// <paramref name="now"/> when there is none; <paramref name="added"/> says which.
    /// </summary>
    public TValue GetOrAdd(ArrivalKey key, TValue value, DateTimeOffset now, out bool added)
    {
        Forget(now);
        // Either look-up or addition succeeds unless another arrival of the key is forgotten in between.
        while (true)
        {
            if (_values.TryGetValue(key, out var first))
            {
                added = false;
                return first;
            }
            if (_values.TryAdd(key, value))
            {
                _arrivals.Enqueue((KeyValuePair.Create(key, value), now + window));
                Interlocked.Increment(ref _remembered);
                added = true;
                return value;
            }
        }
    }

    private void Forget(DateTimeOffset now)
    {
        while (_arrivals.TryPeek(out var oldest) && (oldest.Until <= now || Volatile.Read(ref _remembered) > capacity))
        {
            if (_arrivals.TryDequeue(out oldest))
            {
                Interlocked.Decrement(ref _remembered);
                // Only this arrival's entry: the same key may have arrived afresh since it was forgotten.
                _values.TryRemove(oldest.Entry);
            }
        }
    }
}
