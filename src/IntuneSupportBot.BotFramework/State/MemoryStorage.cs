using System.Text.Json.Nodes;

namespace IntuneSupportBot.BotFramework.State;

/// <summary>Process-local storage for tests and tools; values are deep-copied so callers never share nodes.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, (string Json, string ETag)> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found[key] = new StoreItem((JsonObject)JsonNode.Parse(item.Json)!, item.ETag);
                }
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken ct)
    {
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (key, change) in changes)
            {
                _items.TryGetValue(key, out var current);
                if (!ETagRules.Allows(change.ETag, current.ETag))
                {
                    throw new StorageConflictException(key);
                }
            }
            foreach (var (key, change) in changes)
            {
                var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[key] = (change.Value.ToJsonString(), etag);
                written[key] = etag;
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, string>>(written);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }
        return Task.CompletedTask;
    }
}
