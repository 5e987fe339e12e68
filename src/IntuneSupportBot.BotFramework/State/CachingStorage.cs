using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Memory;

namespace IntuneSupportBot.BotFramework.State;

/// <summary>
/// Serves reads from memory and writes through to the inner storage. Only correct while this process is the
/// only writer (one instance on a SQLite file); several instances sharing a database must not use it.
/// Absent keys are remembered too, so a conversation that never stores state costs no database read per turn.
/// </summary>
public sealed class CachingStorage(IStorage inner, MemoryCache cache) : IStorage
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var key in keys)
        {
            if (!cache.TryGetValue(key, out Cached? cached))
            {
                (missing ??= []).Add(key);
            }
            else if (cached!.Json is { } json)
            {
                found[key] = new StoreItem(JsonNode.Parse(json)!.AsObject(), cached.ETag);
            }
        }
        if (missing is null)
        {
            return found;
        }
        var read = await inner.ReadAsync(missing, ct);
        foreach (var key in missing)
        {
            if (read.TryGetValue(key, out var item))
            {
                found[key] = item;
                Remember(key, new Cached(item.Value.ToJsonString(), item.ETag));
            }
            else
            {
                Remember(key, Cached.Absent);
            }
        }
        return found;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken ct)
    {
        try
        {
            var etags = await inner.WriteAsync(changes, ct);
            foreach (var (key, change) in changes)
            {
                Remember(key, new Cached(change.Value.ToJsonString(), etags[key]));
            }
            return etags;
        }
        catch
        {
            foreach (var key in changes.Keys)
            {
                cache.Remove(key);
            }
            throw;
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        try
        {
            await inner.DeleteAsync(keys, ct);
        }
        finally
        {
            foreach (var key in keys)
            {
                cache.Remove(key);
            }
        }
    }

    private void Remember(string key, Cached value) =>
        cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });

    private sealed record Cached(string? Json, string? ETag)
    {
        public static readonly Cached Absent = new(null, null);
    }
}
