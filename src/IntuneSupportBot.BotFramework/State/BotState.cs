using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.State;

/// <summary>
/// A scope of state (conversation, user) kept in <see cref="IStorage"/>: loaded once per turn, changed through
/// <see cref="StatePropertyAccessor{T}"/>s, written back at the end of the turn only when something changed.
/// </summary>
public abstract class BotState(IStorage storage, string stateName)
{
    internal IStorage Storage { get; } = storage;

    public string StateName { get; } = stateName;

    /// <summary>The storage key for this turn, or null when the activity carries no such scope.</summary>
    protected internal abstract string? GetStorageKey(TurnContext turnContext);

    public StatePropertyAccessor<T> CreateProperty<T>(string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        new(this, name, typeInfo);

    public async Task LoadAsync(TurnContext turnContext, CancellationToken ct) =>
        await new BotStateSet(this).LoadAllAsync(turnContext, ct);

    public async Task SaveChangesAsync(TurnContext turnContext, CancellationToken ct) =>
        await new BotStateSet(this).SaveAllAsync(turnContext, ct);

    /// <summary>Empties this scope for the rest of the turn; the empty state is written on save.</summary>
    public void Clear(TurnContext turnContext) => GetLoaded(turnContext).Value = [];

    internal LoadedState? TryGetLoaded(TurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(StateName, out var loaded) ? (LoadedState)loaded : null;

    internal LoadedState GetLoaded(TurnContext turnContext) =>
        TryGetLoaded(turnContext)
        ?? throw new InvalidOperationException($"{StateName} was not loaded for this turn; add AutoSaveStateMiddleware or call LoadAsync.");

    internal void SetLoaded(TurnContext turnContext, LoadedState loaded) => turnContext.TurnState[StateName] = loaded;

    /// <summary>The state of one scope during a turn, with what it looked like when read.</summary>
    internal sealed class LoadedState(string? key, JsonObject value, string? etag)
    {
        public string? Key { get; } = key;

        public JsonObject Value { get; set; } = value;

        public string? ETag { get; set; } = etag;

        public string Original { get; set; } = value.ToJsonString();

        public bool IsChanged => Key is not null && Value.ToJsonString() != Original;
    }
}

public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    protected internal override string? GetStorageKey(TurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return activity.ChannelId is { Length: > 0 } channel && activity.Conversation?.Id is { Length: > 0 } conversation
            ? $"{channel}/conversations/{conversation}"
            : null;
    }
}

public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected internal override string? GetStorageKey(TurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return activity.ChannelId is { Length: > 0 } channel && activity.From?.Id is { Length: > 0 } user
            ? $"{channel}/users/{user}"
            : null;
    }
}
