using IntuneSupportBot.BotFramework.State;

namespace IntuneSupportBot.BotFramework.Tests.State;

/// <summary>A memory storage that counts the reads and writes that reach it.</summary>
internal sealed class CountingStorage : IStorage
{
    private readonly MemoryStorage _storage = new();

    public int Reads { get; private set; }

    public int Writes { get; private set; }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        Reads++;
        return _storage.ReadAsync(keys, ct);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken ct)
    {
        Writes++;
        return _storage.WriteAsync(changes, ct);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct) => _storage.DeleteAsync(keys, ct);
}
