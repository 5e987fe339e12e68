using System.IO.Compression;
using System.Text.Json.Nodes;
using IntuneSupportBot.Deployment;

namespace IntuneSupportBot.Tests.Deployment;

public sealed class PackCommandTests : IDisposable
{
    private const string AppId = "0b6e5f4a-3c2d-4e1f-9a8b-7c6d5e4f3a2b";
    private readonly TemporaryDirectory _temp = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _temp.Dispose();

    private Task<int> PackAsync(params string[] args) =>
        PackCommand.RunAsync(args, _output, _error, CancellationToken.None);

    private string Zip => _temp.Combine("out", "app.zip");

    [Fact]
    public async Task Pack_writes_the_manifest_localization_and_icons_at_the_zip_root()
    {
        var exitCode = await PackAsync("pack", "--app-id", AppId, "--domain", "isb-pilot.azurewebsites.net",
            "--manifest-dir", RepositoryPaths.Manifest, "--out", Zip);

        Assert.Equal(0, exitCode);
        Assert.Empty(_error.ToString());
        using var archive = ZipFile.OpenRead(Zip);
        Assert.Equal(["color.png", "ko-KR.json", "manifest.json", "outline.png"], archive.Entries.Select(entry => entry.FullName).Order());
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Manifest, "outline.png")), ReadEntry(archive, "outline.png"));
        Assert.Contains("app.zip", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Packed_manifest_has_no_placeholder_left_and_carries_the_app_id_domain_and_version()
    {
        await PackAsync("--app-id", AppId, "--domain", "ISB-Pilot.azurewebsites.net", "--version", "2.4.1",
            "--manifest-dir", RepositoryPaths.Manifest, "--out", Zip);

        var text = ReadManifest();
        var manifest = JsonNode.Parse(text)!;
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("2.4.1", (string?)manifest["version"]);
        Assert.Equal(["isb-pilot.azurewebsites.net"], manifest["validDomains"]!.AsArray().Select(domain => (string)domain!));
        Assert.Equal($"api://isb-pilot.azurewebsites.net/{AppId}", (string?)manifest["webApplicationInfo"]!["resource"]);
    }

    [Fact]
    public async Task Packed_manifest_and_localization_are_valid_against_the_official_schemas()
    {
        await PackAsync("--app-id", AppId, "--domain", "bot.contoso.example", "--developer-name", "Contoso \"IT\" 지원",
            "--privacy-url", "https://intranet.contoso.example/privacy", "--manifest-dir", RepositoryPaths.Manifest, "--out", Zip);

        using var archive = ZipFile.OpenRead(Zip);
        var manifest = System.Text.Encoding.UTF8.GetString(ReadEntry(archive, "manifest.json"));
        Assert.Empty(await TeamsSchemas.ValidateAsync(manifest, TeamsSchemas.ManifestUrl));
        Assert.Empty(await TeamsSchemas.ValidateAsync(System.Text.Encoding.UTF8.GetString(ReadEntry(archive, "ko-KR.json")), TeamsSchemas.LocalizationUrl));
        Assert.Equal("Contoso \"IT\" 지원", (string?)JsonNode.Parse(manifest)!["developer"]!["name"]);
        Assert.Equal("https://intranet.contoso.example/privacy", (string?)JsonNode.Parse(manifest)!["developer"]!["privacyUrl"]);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{0b6e5f4a-3c2d-4e1f-9a8b-7c6d5e4f3a2b}")]
    public async Task Malformed_app_id_is_refused_with_exit_code_2_and_no_zip(string appId)
    {
        var exitCode = await PackAsync("--app-id", appId, "--domain", "isb.azurewebsites.net", "--manifest-dir", RepositoryPaths.Manifest, "--out", Zip);

        Assert.Equal(2, exitCode);
        Assert.Contains("--app-id must be", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    [Theory]
    [InlineData("https://isb.azurewebsites.net")]
    [InlineData("isb.azurewebsites.net/api/messages")]
    [InlineData("isb.azurewebsites.net:443")]
    [InlineData("localhost")]
    public async Task Domain_that_is_not_a_bare_host_name_is_refused(string domain)
    {
        var exitCode = await PackAsync("--app-id", AppId, "--domain", domain, "--manifest-dir", RepositoryPaths.Manifest, "--out", Zip);

        Assert.Equal(2, exitCode);
        Assert.Contains("--domain must be a host name", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--version", "1.0")]
    [InlineData("--website-url", "http://intranet.contoso.example/")]
    [InlineData("--colour", "blue")]
    public async Task Bad_optional_argument_is_refused_and_named(string name, string value)
    {
        var exitCode = await PackAsync("--app-id", AppId, "--domain", "isb.azurewebsites.net", name, value, "--out", Zip);

        Assert.Equal(2, exitCode);
        Assert.Contains(name, _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_domain_is_refused()
    {
        var exitCode = await PackAsync("--app-id", AppId, "--out", Zip);

        Assert.Equal(2, exitCode);
        Assert.Contains("--domain", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Placeholder_that_pack_does_not_know_is_refused_and_named()
    {
        var manifestDir = CopyManifest();
        var path = Path.Combine(manifestDir, "ko-KR.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Intune 지원\"", "{{SUPPORT_TEAM_NAME}}\"", StringComparison.Ordinal));

        var exitCode = await PackAsync("--app-id", AppId, "--domain", "isb.azurewebsites.net", "--manifest-dir", manifestDir, "--out", Zip);

        Assert.Equal(2, exitCode);
        Assert.Contains("ko-KR.json still contains {{SUPPORT_TEAM_NAME}}", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    [Fact]
    public async Task Icon_missing_from_the_manifest_folder_is_refused()
    {
        var manifestDir = CopyManifest();
        File.Delete(Path.Combine(manifestDir, "outline.png"));

        var exitCode = await PackAsync("--app-id", AppId, "--domain", "isb.azurewebsites.net", "--manifest-dir", manifestDir, "--out", Zip);

        Assert.Equal(2, exitCode);
        Assert.Contains("outline.png", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_folder_is_found_from_a_folder_deep_inside_the_repository()
    {
        File.WriteAllText(_temp.Combine("IntuneSupportBot.sln"), string.Empty);
        var manifestDir = CopyManifest();
        var deep = Directory.CreateDirectory(_temp.Combine("src", "IntuneSupportBot", "bin")).FullName;

        Assert.Equal(manifestDir, ManifestDirectory.Find(deep));
        Assert.Equal(manifestDir, ManifestDirectory.Find(_temp.Path));
    }

    [Fact]
    public void Manifest_folder_is_not_found_outside_a_repository()
    {
        var outside = Directory.CreateDirectory(_temp.Combine("no-repository", "here")).FullName;

        Assert.Null(ManifestDirectory.Find(outside));
    }

    private string CopyManifest()
    {
        var target = Directory.CreateDirectory(_temp.Combine("manifest")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Manifest))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    private string ReadManifest()
    {
        using var archive = ZipFile.OpenRead(Zip);
        return System.Text.Encoding.UTF8.GetString(ReadEntry(archive, "manifest.json"));
    }

    private static byte[] ReadEntry(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
