using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.State;
using IntuneSupportBot.Data;
using IntuneSupportBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Tests.Data;

/// <summary>The database-backed storage on a real SQLite file.</summary>
public sealed class DbStorageTests : IAsyncLifetime
{
    private TestBotHost _host = null!;

    private DbStorage Storage => _host.Services.GetRequiredService<DbStorage>();

    public async Task InitializeAsync() => _host = await TestBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Two_writers_with_the_same_etag_one_wins_and_one_gets_a_conflict()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(new JsonObject { ["n"] = 0 }, null) }, default);
        var read = (await Storage.ReadAsync(["k"], default))["k"];

        var first = Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(new JsonObject { ["n"] = 1 }, read.ETag) }, default);
        var second = Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(new JsonObject { ["n"] = 2 }, read.ETag) }, default);
        var outcomes = await Task.WhenAll(Outcome(first), Outcome(second));

        Assert.Single(outcomes, o => o == "ok");
        Assert.Single(outcomes, o => o == "conflict");
        var stored = (await Storage.ReadAsync(["k"], default))["k"];
        Assert.NotEqual(read.ETag, stored.ETag);
        Assert.Contains(stored.Value["n"]!.GetValue<int>(), new[] { 1, 2 });
    }

    [Fact]
    public async Task Creating_a_key_that_exists_is_a_conflict_and_star_overwrites()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["c"] = new(new JsonObject { ["v"] = "a" }, null) }, default);

        await Assert.ThrowsAsync<StorageConflictException>(() =>
            Storage.WriteAsync(new Dictionary<string, StoreItem> { ["c"] = new(new JsonObject { ["v"] = "b" }, null) }, default));
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["c"] = new(new JsonObject { ["v"] = "c" }, StoreItem.AnyETag) }, default);

        Assert.Equal("c", (await Storage.ReadAsync(["c"], default))["c"].Value["v"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_conflict_in_a_batch_writes_nothing()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["x"] = new(new JsonObject { ["v"] = 1 }, null) }, default);

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["y"] = new(new JsonObject { ["v"] = 1 }, null),
            ["x"] = new(new JsonObject { ["v"] = 2 }, "stale-etag"),
        }, default));

        var found = await Storage.ReadAsync(["x", "y"], default);
        Assert.False(found.ContainsKey("y"));
        Assert.Equal(1, found["x"].Value["v"]!.GetValue<int>());
    }

    [Fact]
    public async Task State_survives_a_restart_of_the_app_on_the_same_file()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["durable"] = new(new JsonObject { ["v"] = "kept" }, null) }, default);
        var path = _host.DatabasePath;

        await using var second = await TestBotHost.StartAsync(new Dictionary<string, string?> { ["Database:ConnectionString"] = $"Data Source={path}" });
        var found = await second.Services.GetRequiredService<DbStorage>().ReadAsync(["durable"], default);

        Assert.Equal("kept", found["durable"].Value["v"]!.GetValue<string>());
    }

    private static async Task<string> Outcome(Task write)
    {
        try
        {
            await write;
            return "ok";
        }
        catch (StorageConflictException)
        {
            return "conflict";
        }
    }
}
