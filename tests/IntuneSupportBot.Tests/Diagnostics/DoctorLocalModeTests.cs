namespace IntuneSupportBot.Tests.Diagnostics;

public sealed class DoctorLocalModeTests : IDisposable
{
    private readonly DoctorRun _doctor = new();

    public void Dispose() => _doctor.Dispose();

    [Fact]
    public async Task Shipped_settings_pass_in_local_mode_and_say_which_checks_were_skipped_and_why()
    {
        var result = await _doctor.RunAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("OK    Configuration:", result.Line("Configuration"), StringComparison.Ordinal);
        Assert.Equal("SKIP  Bot identity: local mode: no Bot:AppId.", result.Line("Bot identity"));
        Assert.StartsWith("SKIP  Signing metadata: local mode: no Bot:AppId", result.Line("Signing metadata"), StringComparison.Ordinal);
        Assert.StartsWith("SKIP  Messaging endpoint: local mode: no Bot:AppId", result.Line("Messaging endpoint"), StringComparison.Ordinal);
        Assert.StartsWith($"OK    Database: '{_doctor.DatabasePath}' does not exist yet; start-up creates it", result.Line("Database"), StringComparison.Ordinal);
        Assert.Contains("'Tier 1 - Helpdesk'", result.Line("Tier 1 channel"), StringComparison.Ordinal);
        Assert.Contains("'Tier 2 - Senior Support'", result.Line("Tier 2 channel"), StringComparison.Ordinal);
        Assert.StartsWith("OK    Tier 3 channel: 'Tier 3 - MDM Team'", result.Line("Tier 3 channel"), StringComparison.Ordinal);
        Assert.Equal("SKIP  Graph User.Read.All: local directory: no Graph credentials.", result.Line("Graph User.Read.All"));
        Assert.StartsWith("SKIP", result.Line("Graph GroupMember.Read.All"), StringComparison.Ordinal);
        Assert.StartsWith("SKIP", result.Line("Graph DeviceManagementManagedDevices.Read.All"), StringComparison.Ordinal);
        Assert.Contains("Summary: 5 OK, 0 WARN, 6 SKIP, 0 FAIL.", result.Lines);
        Assert.Contains(result.Lines, line => line.StartsWith("Mode: local mode (no Bot:AppId)", StringComparison.Ordinal));
        Assert.False(File.Exists(_doctor.DatabasePath), "doctor created the database it was only meant to check");
    }

    [Fact]
    public async Task A_migrated_database_is_reported_reachable()
    {
        await _doctor.MigrateAsStartUpDoesAsync();

        var result = await _doctor.RunAsync();

        Assert.Equal($"OK    Database: '{_doctor.DatabasePath}' is reachable and migrated.", result.Line("Database"));
    }

    [Fact]
    public async Task A_local_tier_missing_from_the_demo_tenant_fails_and_says_where_to_add_it()
    {
        var result = await _doctor.RunAsync(new Dictionary<string, string> { ["Directory:Local:Tiers:2:Tier"] = "4" });

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("FAIL  Tier 3 channel: tier 3 is not configured in Directory:Local:Tiers.", result.Line("Tier 3 channel"), StringComparison.Ordinal);
        Assert.Contains("1 check(s) failed", result.Text, StringComparison.Ordinal);
    }
}
