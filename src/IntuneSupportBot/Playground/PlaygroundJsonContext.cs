using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.Playground;

/// <summary>Source-generated serialization for the playground's own payloads; camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DirectLineConversation))]
[JsonSerializable(typeof(DirectLineActivitySet))]
[JsonSerializable(typeof(DirectLineTokenParameters))]
[JsonSerializable(typeof(InvokeRequest))]
[JsonSerializable(typeof(InvokeValue))]
[JsonSerializable(typeof(IdentityList))]
[JsonSerializable(typeof(IReadOnlyList<ChannelView>))]
[JsonSerializable(typeof(FeedChange))]
internal sealed partial class PlaygroundJsonContext : JsonSerializerContext;
