using Microsoft.Extensions.Caching.Memory;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// The newest version remembered of each of at most <c>entries</c> keys; idle ones are forgotten after an hour. An
/// older version never replaces a newer one: two commits may finish out of order.
/// </summary>
internal sealed class NewestVersions<T>(int entries) : IDisposable
    where T : class
{
    private static readonly TimeSpan Idle = TimeSpan.FromHours(1);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = entries });
    private readonly Lock _newer = new();

    public (int Version, T Value)? Find(string key) => _cache.TryGetValue(key, out Entry? known) ? (known!.Version, known.Value) : null;

    public void Remember(string key, int version, T value)
    {
        lock (_newer)
        {
            if (_cache.TryGetValue(key, out Entry? known) && known!.Version >= version)
            {
                return;
            }
            _cache.Set(key, new Entry(version, value), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });
        }
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(int Version, T Value);
}
