using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.State;
using Microsoft.EntityFrameworkCore;

namespace IntuneSupportBot.Data;

/// <summary>
/// Bot state in the app's database. Every conditional write is one UPDATE … WHERE etag = expected, so a
/// conflict is detected by the database itself, not by a read-then-write race.
/// </summary>
public sealed class DbStorage(IDbContextFactory<AppDbContext> contexts, DatabaseWriteGate writeGate, TimeProvider clock) : IStorage
{
    // A turn reads at most two keys (its conversation and its user); a compiled query skips EF's per-call
    // query lookup on that hot path.
    private static readonly Func<AppDbContext, string, string, IAsyncEnumerable<BotStateEntry>> ReadTwo =
        EF.CompileAsyncQuery((AppDbContext db, string first, string second) =>
            db.BotState.AsNoTracking().Where(e => e.Key == first || e.Key == second));

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = keys.Count is 1 or 2
            ? await ReadTwo(db, keys.First(), keys.Last()).ToListAsync(ct)
            : await db.BotState.AsNoTracking().Where(e => keys.Contains(e.Key)).ToListAsync(ct);
        return rows.ToDictionary(row => row.Key, row => new StoreItem(JsonNode.Parse(row.Json)!.AsObject(), row.ETag), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        using var gate = await writeGate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (key, change) in changes)
        {
            var etag = Guid.NewGuid().ToString("N");
            var json = change.Value.ToJsonString();
            if (!await TryWriteAsync(db, key, change.ETag, json, etag, now, ct))
            {
                throw new StorageConflictException(key);
            }
            written[key] = etag;
        }
        await transaction.CommitAsync(ct);
        return written;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        using var gate = await writeGate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.BotState.Where(e => keys.Contains(e.Key)).ExecuteDeleteAsync(ct);
    }

    private static async Task<bool> TryWriteAsync(AppDbContext db, string key, string? expected, string json, string etag, DateTimeOffset now, CancellationToken ct)
    {
        var updated = expected switch
        {
            null => 0,
            StoreItem.AnyETag => await db.BotState.Where(e => e.Key == key).ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Json, json).SetProperty(e => e.ETag, etag).SetProperty(e => e.UpdatedAt, now), ct),
            _ => await db.BotState.Where(e => e.Key == key && e.ETag == expected).ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Json, json).SetProperty(e => e.ETag, etag).SetProperty(e => e.UpdatedAt, now), ct),
        };
        if (updated == 1)
        {
            return true;
        }
        if (expected is not (null or StoreItem.AnyETag))
        {
            return false;
        }
        if (await db.BotState.AnyAsync(e => e.Key == key, ct))
        {
            return false;
        }
        db.BotState.Add(new BotStateEntry { Key = key, Json = json, ETag = etag, UpdatedAt = now });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return true;
    }
}
