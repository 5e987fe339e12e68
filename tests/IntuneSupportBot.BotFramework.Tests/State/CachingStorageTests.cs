using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.State;
using Microsoft.Extensions.Caching.Memory;

namespace IntuneSupportBot.BotFramework.Tests.State;

public sealed class CachingStorageTests
{
    private readonly CountingStorage _inner = new();
    private readonly CachingStorage _cached;

    public CachingStorageTests() => _cached = new CachingStorage(_inner, new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 }));

    [Fact]
    public async Task A_second_read_of_a_key_is_served_from_memory_even_when_the_key_is_absent()
    {
        await _inner.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(new JsonObject { ["v"] = 1 }, null) }, default);

        await _cached.ReadAsync(["a", "absent"], default);
        var second = await _cached.ReadAsync(["a", "absent"], default);

        Assert.Equal(1, _inner.Reads);
        Assert.Equal(1, second["a"].Value["v"]!.GetValue<int>());
        Assert.False(second.ContainsKey("absent"));
    }

    [Fact]
    public async Task Writes_go_through_and_the_cache_holds_the_new_etag()
    {
        await _cached.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(new JsonObject { ["v"] = 1 }, null) }, default);
        var read = (await _cached.ReadAsync(["a"], default))["a"];

        await _cached.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(new JsonObject { ["v"] = 2 }, read.ETag) }, default);

        Assert.Equal(2, (await _cached.ReadAsync(["a"], default))["a"].Value["v"]!.GetValue<int>());
        Assert.Equal(0, _inner.Reads);
        Assert.Equal(2, (await _inner.ReadAsync(["a"], default))["a"].Value["v"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_conflict_still_reaches_the_writer_and_the_next_read_is_fresh()
    {
        await _cached.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(new JsonObject { ["v"] = 1 }, null) }, default);
        var stale = (await _cached.ReadAsync(["a"], default))["a"].ETag;
        await _inner.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(new JsonObject { ["v"] = 9 }, StoreItem.AnyETag) }, default);

        await Assert.ThrowsAsync<StorageConflictException>(() =>
            _cached.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(new JsonObject { ["v"] = 2 }, stale) }, default));

        Assert.Equal(9, (await _cached.ReadAsync(["a"], default))["a"].Value["v"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_cached_value_handed_out_is_a_copy()
    {
        await _cached.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(new JsonObject { ["v"] = 1 }, null) }, default);

        (await _cached.ReadAsync(["a"], default))["a"].Value["v"] = 42;

        Assert.Equal(1, (await _cached.ReadAsync(["a"], default))["a"].Value["v"]!.GetValue<int>());
    }
}
