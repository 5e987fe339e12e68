using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace IntuneSupportBot.Tests.Deployment;

/// <summary>
/// The official Teams manifest schemas, read from the test-data copies. A document's <c>$schema</c> URL is mapped
/// to the copy of the same file, so the tests validate against exactly the schema the manifest declares, offline.
/// </summary>
internal static class TeamsSchemas
{
    public const string ManifestUrl = "https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json";
    public const string LocalizationUrl = "https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.Localization.schema.json";

    private static readonly Dictionary<string, string> LocalCopies = new(StringComparer.OrdinalIgnoreCase)
    {
        [ManifestUrl] = Path.Combine(RepositoryPaths.TeamsSchemas, "MicrosoftTeams.schema.json"),
        [LocalizationUrl] = Path.Combine(RepositoryPaths.TeamsSchemas, "MicrosoftTeams.Localization.schema.json"),
    };

    public static async Task<JsonSchema> LoadAsync(string officialUrl)
    {
        if (!LocalCopies.TryGetValue(officialUrl, out var path))
        {
            throw new InvalidOperationException($"No local copy of {officialUrl}; add it under TestData/schemas.");
        }

        var schema = SchemaKeywordCompatibility.Rewrite(JsonNode.Parse(await File.ReadAllTextAsync(path))!);
        return await JsonSchema.FromJsonAsync(schema.ToJsonString(), path);
    }

    /// <summary>The schema errors of <paramref name="json"/>, formatted for an assertion message.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string json, string officialUrl)
    {
        var schema = await LoadAsync(officialUrl);
        return [.. Flatten(schema.Validate(json)).Select(error => $"{error.Kind} at {error.Path}")];
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(error => error is ChildSchemaValidationError child
            ? [error, .. Flatten(child.Errors.SelectMany(branch => branch.Value))]
            : new[] { error });
}
