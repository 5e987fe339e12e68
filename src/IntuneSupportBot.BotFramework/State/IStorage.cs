using System.Text.Json.Nodes;

namespace IntuneSupportBot.BotFramework.State;

/// <summary>
/// Key-value storage with optimistic concurrency, the contract behind conversation and user state.
/// A write names the ETag it read: <c>null</c> creates (the key must not exist yet), <c>"*"</c> overwrites,
/// anything else must equal the stored ETag — otherwise <see cref="StorageConflictException"/>, never a silent overwrite.
/// </summary>
public interface IStorage
{
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct);

    /// <summary>Writes all changes or none; returns the new ETag of each written key.</summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken ct);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct);
}

/// <summary>A stored document and the ETag it was read with (or is expected to have when written).</summary>
public sealed record StoreItem(JsonObject Value, string? ETag)
{
    public const string AnyETag = "*";
}

public sealed class StorageConflictException(string key)
    : Exception($"The stored item '{key}' was changed by another writer since it was read.")
{
    public string Key { get; } = key;
}
