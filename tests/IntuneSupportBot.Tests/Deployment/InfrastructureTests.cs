using System.Text.Json.Nodes;

namespace IntuneSupportBot.Tests.Deployment;

public sealed class InfrastructureTests
{
    private static string MainTemplate => Path.Combine(RepositoryPaths.Infra, "main.bicep");

    public static TheoryData<string> BicepFiles() =>
        [.. Directory.GetFiles(RepositoryPaths.Infra, "*.bicep", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))];

    [Fact]
    public async Task Main_template_builds_with_no_errors_and_no_warnings()
    {
        var result = await BicepCli.RunAsync("build", MainTemplate, "--stdout", "--diagnostics-format", "sarif");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Empty(BicepCli.SarifResults(result.Error));
        Assert.NotEmpty(JsonNode.Parse(result.Output)!["resources"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_file_lints_with_no_errors_and_no_warnings(string file)
    {
        var result = await BicepCli.RunAsync("lint", file, "--diagnostics-format", "sarif");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Empty(BicepCli.SarifResults(result.Output));
    }

    [Fact]
    public async Task Linter_reports_a_warning_when_there_is_one()
    {
        using var temp = new TemporaryDirectory();
        var probe = temp.Combine("probe.bicep");
        await File.WriteAllTextAsync(probe, "param unused string = 'x'\n");

        var result = await BicepCli.RunAsync("lint", probe, "--diagnostics-format", "sarif");

        Assert.Contains(BicepCli.SarifResults(result.Output), line => line.Contains("no-unused-params", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parameters_file_sets_only_declared_parameters_with_allowed_values()
    {
        var template = await BuildAsync();
        var declared = template["parameters"]!.AsObject();
        var parameters = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Infra, "main.parameters.json")))!["parameters"]!.AsObject();

        Assert.All(parameters, parameter =>
        {
            Assert.True(declared.ContainsKey(parameter.Key), $"main.bicep has no parameter '{parameter.Key}'.");
            if (declared[parameter.Key]!["allowedValues"] is JsonArray allowed)
            {
                Assert.Contains(allowed, value => JsonNode.DeepEquals(value, parameter.Value!["value"]));
            }
        });
        Assert.DoesNotContain(parameters, parameter => declared[parameter.Key]!["type"]!.GetValue<string>().StartsWith("secure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Web_app_runs_dotnet_10_on_https_only_with_tls_1_2_always_on_and_the_readiness_probe()
    {
        var site = (await BuildAsync())["resources"]!.AsArray().Single(resource => (string?)resource!["type"] == "Microsoft.Web/sites")!;
        var config = site["properties"]!["siteConfig"]!;

        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/readyz", (string?)config["healthCheckPath"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        var settings = (string)config["appSettings"]!;
        Assert.All(["Bot__AppId", "Bot__TenantId", "Bot__AppType", "Database__Provider", "Database__ConnectionString", "Directory__TenantId", "Directory__ClientId"],
            name => Assert.Contains($"'{name}'", settings, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Template_outputs_what_pack_and_the_operator_need()
    {
        var outputs = (await BuildAsync())["outputs"]!.AsObject();

        Assert.All(["botAppId", "messagingEndpoint", "webAppHostName", "keyVaultName", "identityPrincipalId", "packCommand"],
            name => Assert.True(outputs.ContainsKey(name), $"No output '{name}'."));
    }

    private static async Task<JsonNode> BuildAsync()
    {
        var result = await BicepCli.RunAsync("build", MainTemplate, "--stdout");
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonNode.Parse(result.Output)!;
    }
}
