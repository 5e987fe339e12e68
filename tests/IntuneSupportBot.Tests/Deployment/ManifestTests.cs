using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IntuneSupportBot.Deployment;

namespace IntuneSupportBot.Tests.Deployment;

public sealed partial class ManifestTests
{
    private static readonly Dictionary<string, string> SampleValues = new()
    {
        ["BOT_APP_ID"] = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
        ["BOT_DOMAIN"] = "isb-sample.azurewebsites.net",
        ["APP_VERSION"] = "1.2.3",
        ["DEVELOPER_NAME"] = "Contoso IT",
        ["DEVELOPER_WEBSITE_URL"] = "https://intranet.contoso.example/it",
        ["DEVELOPER_PRIVACY_URL"] = "https://intranet.contoso.example/privacy",
        ["DEVELOPER_TERMS_URL"] = "https://intranet.contoso.example/terms",
    };

    private static string ReadManifestFile(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Manifest, name));

    [Fact]
    public async Task Manifest_with_its_placeholders_filled_is_valid_against_the_official_schema()
    {
        var manifest = ManifestTemplate.Fill(ReadManifestFile("manifest.json"), SampleValues);

        Assert.Empty(ManifestTemplate.Unfilled(manifest));
        Assert.Empty(await TeamsSchemas.ValidateAsync(manifest, TeamsSchemas.ManifestUrl));
    }

    [Fact]
    public async Task Korean_localization_file_is_valid_against_the_official_localization_schema()
    {
        var localization = ReadManifestFile("ko-KR.json");

        Assert.Empty(await TeamsSchemas.ValidateAsync(localization, TeamsSchemas.LocalizationUrl));
    }

    [Fact]
    public void Manifest_and_localization_name_the_official_schema_urls_of_version_1_24()
    {
        var manifest = JsonNode.Parse(ReadManifestFile("manifest.json"))!;
        var localization = JsonNode.Parse(ReadManifestFile("ko-KR.json"))!;

        Assert.Equal(TeamsSchemas.ManifestUrl, (string?)manifest["$schema"]);
        Assert.Equal("1.24", (string?)manifest["manifestVersion"]);
        Assert.Equal(TeamsSchemas.LocalizationUrl, (string?)localization["$schema"]);
    }

    [Fact]
    public async Task Schema_check_refuses_a_manifest_that_breaks_the_official_rules()
    {
        var manifest = JsonNode.Parse(ManifestTemplate.Fill(ReadManifestFile("manifest.json"), SampleValues))!;
        manifest["bots"]![0]!["botId"] = "not-a-guid";
        manifest["bots"]![0]!["scopes"]!.AsArray().Add("meetingRoom");
        manifest["accentColor"] = "blue";

        var errors = await TeamsSchemas.ValidateAsync(manifest.ToJsonString(), TeamsSchemas.ManifestUrl);

        Assert.Contains(errors, error => error.Contains("bots[0].botId", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("bots[0].scopes[2]", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("accentColor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Schema_check_refuses_a_manifest_of_another_version()
    {
        var manifest = JsonNode.Parse(ManifestTemplate.Fill(ReadManifestFile("manifest.json"), SampleValues))!;
        manifest["manifestVersion"] = "1.23";

        var errors = await TeamsSchemas.ValidateAsync(manifest.ToJsonString(), TeamsSchemas.ManifestUrl);

        Assert.Equal(["NotInEnumeration at #/manifestVersion"], errors);
    }

    [Fact]
    public async Task Schema_check_refuses_a_localized_short_name_over_30_characters_and_a_null_description()
    {
        var localization = JsonNode.Parse(ReadManifestFile("ko-KR.json"))!;
        localization["name.short"] = new string('가', 31);
        localization["description.full"] = "null";

        var errors = await TeamsSchemas.ValidateAsync(localization.ToJsonString(), TeamsSchemas.LocalizationUrl);

        Assert.Contains("StringTooLong at #/name.short", errors);
        Assert.Contains(errors, error => error.StartsWith("PatternMismatch", StringComparison.Ordinal) && error.Contains("description.full", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_Korean_string_translates_a_string_the_manifest_has()
    {
        var manifest = JsonNode.Parse(ReadManifestFile("manifest.json"))!;
        var localization = JsonNode.Parse(ReadManifestFile("ko-KR.json"))!.AsObject();

        var keys = localization.Select(entry => entry.Key).Where(key => key != "$schema").ToList();

        Assert.All(keys, key => Assert.IsType<string>(Resolve(manifest, key)?.GetValue<object>().ToString()));
        Assert.Contains("bots[0].commandLists[1].commands[3].description", keys);
        Assert.Contains("activities.activityTypes[0].templateText", keys);
    }

    [Fact]
    public void Bot_offers_personal_and_team_scopes_with_the_documented_commands_and_no_files()
    {
        var bot = JsonNode.Parse(ReadManifestFile("manifest.json"))!["bots"]![0]!;

        Assert.Equal(["personal", "team"], bot["scopes"]!.AsArray().Select(scope => (string)scope!));
        Assert.False((bool)bot["supportsFiles"]!);
        Assert.Equal(["help", "status", "language", "cancel"], Titles(bot, "personal"));
        Assert.Equal(["help", "status", "bridge start", "bridge end"], Titles(bot, "team"));
    }

    private static IEnumerable<string> Titles(JsonNode bot, string scope) =>
        bot["commandLists"]!.AsArray()
            .Single(list => list!["scopes"]!.AsArray().Select(s => (string)s!).Contains(scope))!["commands"]!.AsArray()
            .Select(command => (string)command!["title"]!);

    // Localization keys are manifest paths such as "bots[0].commandLists[1].commands[2].title".
    private static JsonNode? Resolve(JsonNode root, string key)
    {
        JsonNode? node = root;
        foreach (Match segment in PathSegment().Matches(key))
        {
            node = node?[segment.Groups["name"].Value];
            foreach (Capture index in segment.Groups["index"].Captures)
            {
                node = node is JsonArray array && int.Parse(index.Value, System.Globalization.CultureInfo.InvariantCulture) < array.Count
                    ? array[int.Parse(index.Value, System.Globalization.CultureInfo.InvariantCulture)]
                    : null;
            }
        }

        return node;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z0-9]+)(\[(?<index>[0-9]+)\])*")]
    private static partial Regex PathSegment();
}
