using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using static IntuneSupportBot.Tests.Diagnostics.ProductionTenant;

namespace IntuneSupportBot.Tests.Diagnostics;

public sealed class DoctorBrokenConfigurationTests : IDisposable
{
    private readonly DoctorRun _doctor = new();

    public void Dispose() => _doctor.Dispose();

    [Fact]
    public async Task A_database_in_a_folder_that_cannot_be_created_fails_naming_the_file_in_the_way()
    {
        var regularFile = Path.Combine(_doctor.Folder, "not-a-folder");
        await File.WriteAllTextAsync(regularFile, "x");
        var database = Path.Combine(regularFile, "data", "bot.db");

        var result = await _doctor.RunAsync(new Dictionary<string, string> { ["Database:ConnectionString"] = $"Data Source={database}" });

        Assert.Equal(1, result.ExitCode);
        var line = result.Line("Database");
        Assert.StartsWith($"FAIL  Database: the database '{database}' cannot be created: '{regularFile}' is a file", line, StringComparison.Ordinal);
        Assert.Contains("Fix: point Database:ConnectionString", line, StringComparison.Ordinal);
        Assert.Contains("1 check(s) failed", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_sqlite_database_fails_with_a_sentence_not_a_stack_trace()
    {
        await File.WriteAllTextAsync(_doctor.DatabasePath, "name,tier\nseoyeon,1\n");

        var result = await _doctor.RunAsync();

        Assert.Equal(1, result.ExitCode);
        var line = result.Line("Database");
        Assert.StartsWith($"FAIL  Database: '{_doctor.DatabasePath}' cannot be read as a SQLite database:", line, StringComparison.Ordinal);
        Assert.Contains("file is not a database", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unmigrated_database_fails_naming_the_pending_migration_when_start_up_will_not_migrate()
    {
        await CreateEmptyDatabaseAsync();

        var result = await _doctor.RunAsync(new Dictionary<string, string> { ["Database:MigrateOnStart"] = "false" });

        Assert.Equal(1, result.ExitCode);
        var line = result.Line("Database");
        Assert.StartsWith("FAIL  Database:", line, StringComparison.Ordinal);
        Assert.Matches(@"lacks migrations: \d{14}_InitialCreate", line);
        Assert.Contains("Fix: start the bot once with Database:MigrateOnStart=true", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unmigrated_database_is_only_a_warning_when_start_up_migrates_it()
    {
        await CreateEmptyDatabaseAsync();

        var result = await _doctor.RunAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("WARN  Database:", result.Line("Database"), StringComparison.Ordinal);
        Assert.Contains("Start-up applies them", result.Line("Database"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_tenant_app_id_without_tenant_or_secret_fails_with_both_settings_to_add()
    {
        await using var openId = await Testing.OpenIdStub.StartAsync();

        var result = await _doctor.RunAsync(new Dictionary<string, string>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:AppType"] = "SingleTenant",
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = openId.MetadataUrl,
        });

        Assert.Equal(1, result.ExitCode);
        var line = result.Line("Bot identity");
        Assert.StartsWith("FAIL  Bot identity: Bot:TenantId is empty; a SingleTenant bot needs it;", line, StringComparison.Ordinal);
        Assert.Contains("Bot:ClientSecret and Bot:CertificatePath are both empty", line, StringComparison.Ordinal);
        Assert.Contains("Fix: set Bot:TenantId to the Directory (tenant) ID", line, StringComparison.Ordinal);
        Assert.Contains("Bot__ClientSecret", line, StringComparison.Ordinal);
        Assert.StartsWith("OK    Signing metadata:", result.Line("Signing metadata"), StringComparison.Ordinal);
        Assert.DoesNotContain("Mode: local mode", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_domain_name_instead_of_the_tenant_id_fails_with_the_setting_to_change()
    {
        await using var openId = await Testing.OpenIdStub.StartAsync();

        var result = await _doctor.RunAsync(new Dictionary<string, string>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:AppType"] = "SingleTenant",
            ["Bot:TenantId"] = "contoso.onmicrosoft.com",
            ["Bot:ClientSecret"] = "a-secret-for-the-test",
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = openId.MetadataUrl,
        });

        Assert.Equal(1, result.ExitCode);
        var line = result.Line("Bot identity");
        Assert.StartsWith("FAIL  Bot identity: Bot:TenantId 'contoso.onmicrosoft.com' is not a GUID", line, StringComparison.Ordinal);
        Assert.Contains("not a domain name", line, StringComparison.Ordinal);
        Assert.DoesNotContain("a-secret-for-the-test", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_metadata_on_a_closed_port_fails_with_the_url_and_the_cause()
    {
        var closed = $"http://127.0.0.1:{ClosedPort()}/v1/.well-known/openidconfiguration";

        var result = await _doctor.RunAsync(new Dictionary<string, string>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = closed,
        });

        Assert.Equal(1, result.ExitCode);
        var line = result.Line("Signing metadata");
        Assert.StartsWith($"FAIL  Signing metadata: cannot load {closed}: Connection refused", line, StringComparison.Ordinal);
        Assert.Contains("Fix: keep Bot:BotFrameworkOpenIdMetadataUrl at its default", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_http_messaging_endpoint_fails()
    {
        var result = await _doctor.RunAsync(new Dictionary<string, string>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = $"http://127.0.0.1:{ClosedPort()}/metadata",
            ["Bot:MessagingEndpoint"] = "http://isb-pilot.azurewebsites.net/api/messages",
        });

        Assert.Equal(1, result.ExitCode);
        var line = result.Line("Messaging endpoint");
        Assert.StartsWith("FAIL  Messaging endpoint: http://isb-pilot.azurewebsites.net/api/messages uses http; Azure Bot calls only HTTPS endpoints.", line, StringComparison.Ordinal);
        Assert.Contains("Fix: set Bot:MessagingEndpoint", line, StringComparison.Ordinal);
    }

    private async Task CreateEmptyDatabaseAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_doctor.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE operator_notes (text TEXT)";
        await command.ExecuteNonQueryAsync();
    }

    // A port that was free a moment ago: nothing listens there, so a connection is refused at once.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
