using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.Bench.Triage;

internal sealed record BenchLine(string Id, string Message, string Locale, string[]? FollowUps);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BenchLine))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonArray))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
