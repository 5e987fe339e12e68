using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace IntuneSupportBot.Testing;

/// <summary>
/// Validates a card against the official Adaptive Card 1.5 schema (the test-data copy) plus Teams' card-level
/// <c>msteams</c> object, and checks that mentions in the text and mention entities match.
/// </summary>
public static class CardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static string SchemaPath { get; } = Path.Combine(
        FindRepositoryRoot(), "tests", "IntuneSupportBot.BotFramework.Tests", "TestData", "schemas", "adaptive-card-1.5.schema.json");

    /// <summary>Every problem found, formatted for an assertion message; empty when the card is valid.</summary>
    public static IReadOnlyList<string> Validate(JsonElement card)
    {
        var json = card.GetRawText();
        return [.. Schema.Value.Validate(json).Select(Describe), .. CardMentions.Mismatches(card)];
    }

    private static JsonSchema Load()
    {
        var document = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        document["definitions"]!["AdaptiveCard"]!["properties"]!.AsObject()["msteams"] = TeamsProperties();
        // NJsonSchema's loader is asynchronous only to follow external references; this file has none.
        return JsonSchema.FromJsonAsync(document.ToJsonString(), SchemaPath).GetAwaiter().GetResult();
    }

    // The card-level object Teams reads: full width and the entities of the mentions used in the text.
    private static JsonNode TeamsProperties() => JsonNode.Parse("""
        {
          "type": "object", "additionalProperties": false,
          "properties": {
            "width": { "enum": ["Full"] },
            "entities": { "type": "array", "items": {
              "type": "object", "additionalProperties": false, "required": ["type", "text", "mentioned"],
              "properties": {
                "type": { "enum": ["mention"] },
                "text": { "type": "string", "pattern": "^<at>[^<>]+</at>$" },
                "mentioned": {
                  "type": "object", "additionalProperties": false, "required": ["id", "name"],
                  "properties": { "id": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 } }
                }
              }
            } }
          }
        }
        """)!;

    // An anyOf over element types fails as a whole; the branch whose "type" matched (else the one with the fewest
    // errors) is what the author meant, so its errors are the ones worth reading.
    private static string Describe(ValidationError error)
    {
        var text = $"{error.Kind} at {error.Path}";
        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            var closest = child.Errors.Values.OrderBy(branch => branch.Any(RejectsType)).ThenBy(branch => branch.Count).First();
            text += " (" + string.Join("; ", closest.Select(Describe)) + ")";
        }

        return text;
    }

    private static bool RejectsType(ValidationError error) =>
        error is { Kind: ValidationErrorKind.NotInEnumeration, Property: "type" }
        || (error is ChildSchemaValidationError child && child.Errors.Values.Any(branch => branch.Any(RejectsType)));

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IntuneSupportBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No IntuneSupportBot.sln above {AppContext.BaseDirectory}.");
    }
}
