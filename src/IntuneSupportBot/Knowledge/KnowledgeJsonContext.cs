using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.Knowledge;

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(KnownIssueFile))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext;
