using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.State;

namespace IntuneSupportBot.BotFramework.Tests.State;

public sealed class MemoryStorageTests
{
    [Fact]
    public async Task Two_writers_with_the_same_etag_one_succeeds_and_one_gets_a_conflict()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(new JsonObject { ["n"] = 0 }, null) }, default);
        var etag = (await storage.ReadAsync(["k"], default))["k"].ETag;

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(new JsonObject { ["n"] = 1 }, etag) }, default);
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() =>
            storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(new JsonObject { ["n"] = 2 }, etag) }, default));

        Assert.Equal("k", conflict.Key);
        Assert.Equal(1, (await storage.ReadAsync(["k"], default))["k"].Value["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_read_value_is_a_copy_that_does_not_change_the_store()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(new JsonObject { ["n"] = 0 }, null) }, default);

        (await storage.ReadAsync(["k"], default))["k"].Value["n"] = 99;

        Assert.Equal(0, (await storage.ReadAsync(["k"], default))["k"].Value["n"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "1", false)]
    [InlineData("*", null, true)]
    [InlineData("*", "1", true)]
    [InlineData("1", "1", true)]
    [InlineData("1", "2", false)]
    [InlineData("1", null, false)]
    public void The_etag_rules_allow_exactly_create_overwrite_and_matching_updates(string? expected, string? stored, bool allowed) =>
        Assert.Equal(allowed, ETagRules.Allows(expected, stored));
}
