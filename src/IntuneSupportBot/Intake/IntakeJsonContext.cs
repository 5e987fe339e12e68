using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.Intake;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(IntakeState))]
[JsonSerializable(typeof(IntakeOutcome))]
[JsonSerializable(typeof(RecordedIntake))]
internal sealed partial class IntakeJsonContext : JsonSerializerContext;
