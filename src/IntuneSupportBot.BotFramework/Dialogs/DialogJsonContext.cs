using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.Dialogs;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(PromptState))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;
