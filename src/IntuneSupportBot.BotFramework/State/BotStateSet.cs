using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.State;

/// <summary>Loads and saves several state scopes with one storage read and one storage write per turn.</summary>
public sealed class BotStateSet(params BotState[] states)
{
    public async Task LoadAllAsync(TurnContext turnContext, CancellationToken ct)
    {
        var keyed = states.Select(state => (State: state, Key: state.GetStorageKey(turnContext))).ToList();
        var keys = keyed.Where(k => k.Key is not null).Select(k => k.Key!).Distinct().ToArray();
        var storage = states[0].Storage;
        var found = keys.Length == 0 ? new Dictionary<string, StoreItem>() : await storage.ReadAsync(keys, ct);
        foreach (var (state, key) in keyed)
        {
            var item = key is not null && found.TryGetValue(key, out var stored) ? stored : null;
            state.SetLoaded(turnContext, new BotState.LoadedState(key, item?.Value ?? [], item?.ETag));
        }
    }

    public async Task SaveAllAsync(TurnContext turnContext, CancellationToken ct)
    {
        var changed = states.Select(state => state.TryGetLoaded(turnContext)).Where(loaded => loaded is { IsChanged: true }).ToList();
        if (changed.Count == 0)
        {
            return;
        }
        var changes = changed.ToDictionary(
            loaded => loaded!.Key!,
            loaded => new StoreItem((JsonObject)loaded!.Value.DeepClone(), loaded.ETag),
            StringComparer.Ordinal);
        var etags = await states[0].Storage.WriteAsync(changes, ct);
        foreach (var loaded in changed)
        {
            loaded!.ETag = etags[loaded.Key!];
            loaded.Original = loaded.Value.ToJsonString();
        }
    }
}
