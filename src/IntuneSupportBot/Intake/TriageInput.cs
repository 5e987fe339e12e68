using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.Intake;

/// <summary>One line of the triage command's JSON Lines input.</summary>
internal sealed record TriageInput(JsonElement? Id, string? Message, string? Locale, List<string>? FollowUps);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TriageInput))]
internal sealed partial class TriageJsonContext : JsonSerializerContext;
