using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.State;

/// <summary>A typed property of a <see cref="BotState"/> scope; typed records, never a string-keyed bag.</summary>
public sealed class StatePropertyAccessor<T>(BotState state, string name, JsonTypeInfo<T> typeInfo)
{
    public string Name { get; } = name;

    public async Task<T> GetAsync(TurnContext turnContext, Func<T> defaultValue, CancellationToken ct)
    {
        if (state.TryGetLoaded(turnContext) is null)
        {
            await state.LoadAsync(turnContext, ct);
        }
        var node = state.GetLoaded(turnContext).Value[Name];
        return node is null ? defaultValue() : node.Deserialize(typeInfo)!;
    }

    public async Task SetAsync(TurnContext turnContext, T value, CancellationToken ct)
    {
        if (state.TryGetLoaded(turnContext) is null)
        {
            await state.LoadAsync(turnContext, ct);
        }
        state.GetLoaded(turnContext).Value[Name] = JsonSerializer.SerializeToNode(value, typeInfo);
    }

    public async Task DeleteAsync(TurnContext turnContext, CancellationToken ct)
    {
        if (state.TryGetLoaded(turnContext) is null)
        {
            await state.LoadAsync(turnContext, ct);
        }
        state.GetLoaded(turnContext).Value.Remove(Name);
    }
}
