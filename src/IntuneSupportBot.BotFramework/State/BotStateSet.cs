using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.State;

/// <summary>Loads and saves several state scopes with one storage read and one storage write per turn.</summary>
public sealed class BotStateSet(params BotState[] states)
{
    public async Task LoadAllAsync(TurnContext turnContext, CancellationToken ct)
    {
        // A loop rather than a query: every turn loads, and scopes are few (two keys at most in this app).
        var keys = new string?[states.Length];
        var distinct = new List<string>(states.Length);
        for (var i = 0; i < states.Length; i++)
        {
            keys[i] = states[i].GetStorageKey(turnContext);
            if (keys[i] is { } key && !distinct.Contains(key))
            {
                distinct.Add(key);
            }
        }
        var found = distinct.Count == 0 ? null : await states[0].Storage.ReadAsync(distinct, ct);
        for (var i = 0; i < states.Length; i++)
        {
            var item = keys[i] is { } key && found is not null && found.TryGetValue(key, out var stored) ? stored : null;
            states[i].SetLoaded(turnContext, new BotState.LoadedState(keys[i], item?.Value ?? [], item?.ETag));
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
