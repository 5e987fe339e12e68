using IntuneSupportBot.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using static IntuneSupportBot.Tests.Graph.SampleDirectoryConfiguration;

namespace IntuneSupportBot.Tests.Graph;

public sealed class LocalDirectoryTests
{
    private static readonly TimeSpan Seoul = TimeSpan.FromHours(9);

    [Fact]
    public async Task Without_credentials_the_demo_tenant_answers_and_says_so_at_start_up()
    {
        var announcements = new RecordingLogger<DirectoryAnnouncement>();
        await using var services = Services(announcements);

        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.IsType<LocalDirectory>(services.GetRequiredService<IDirectory>());
        var entry = Assert.Single(announcements.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("LOCAL DIRECTORY IN USE", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tier_channels_come_from_configuration()
    {
        await using var services = Services();
        var directory = services.GetRequiredService<IDirectory>();

        var tier1 = await directory.GetTierChannelAsync(1, CancellationToken.None);
        var tier3 = await directory.GetTierChannelAsync(3, CancellationToken.None);

        Assert.Equal("19:4f1c2a7be0d94c6f8a3e5d9b7c21f0a1@thread.tacv2", tier1.ChannelId);
        Assert.Equal("Tier 3 - MDM Team", tier3.DisplayName);
        Assert.Equal(tier1.TeamId, tier3.TeamId);
    }

    [Fact]
    public async Task Every_tier_has_at_least_two_agents_and_one_lead()
    {
        await using var services = Services();
        var directory = services.GetRequiredService<IDirectory>();

        foreach (var tier in new[] { 1, 2, 3 })
        {
            var members = await directory.GetTierMembersAsync(tier, CancellationToken.None);
            var leads = 0;
            foreach (var member in members)
            {
                leads += await directory.IsTierLeadAsync(tier, member.Id, CancellationToken.None) ? 1 : 0;
            }

            Assert.True(members.Count >= 2);
            Assert.Equal(1, leads);
        }

        Assert.True(await directory.IsTierMemberAsync(1, JordanKim, CancellationToken.None));
        Assert.False(await directory.IsTierMemberAsync(2, JordanKim, CancellationToken.None));
        Assert.True(await directory.IsTierLeadAsync(1, Seoyeon, CancellationToken.None));
        Assert.False(await directory.IsTierLeadAsync(1, JordanKim, CancellationToken.None));
    }

    [Fact]
    public async Task Bridge_coordinator_is_known_and_an_agent_is_not_one()
    {
        await using var services = Services();
        var directory = services.GetRequiredService<IDirectory>();

        Assert.True(await directory.IsBridgeCoordinatorAsync(Doyun, CancellationToken.None));
        Assert.False(await directory.IsBridgeCoordinatorAsync(JordanKim, CancellationToken.None));
        Assert.Equal([Doyun], (await directory.GetBridgeCoordinatorsAsync(CancellationToken.None)).Select(c => c.Id));
    }

    [Fact]
    public async Task Minjun_has_a_galaxy_s24_whose_work_profile_enrollment_failed_at_0912()
    {
        await using var services = Services();
        var directory = services.GetRequiredService<IDirectory>();

        var context = await directory.GetRequesterContextAsync(Minjun, CancellationToken.None);

        Assert.Equal(ContextStatus.Available, context.Status);
        Assert.Equal("김민준", context.Profile?.DisplayName);
        Assert.Equal("ko-KR", context.Profile?.PreferredLanguage);
        Assert.Equal("송지우", context.Profile?.Manager?.DisplayName);
        var failure = Assert.Single(context.Failures);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 12, 31, Seoul), failure.EventDateTime);
        Assert.Equal("enrollmentRestrictionsEnforced", failure.FailureCategory);
        var failedDevice = Assert.Single(context.Devices, device => device.Id == failure.ManagedDeviceId);
        Assert.Equal(("SM-S921N", "samsung", "personal"), (failedDevice.Model, failedDevice.Manufacturer, failedDevice.OwnerType));
        Assert.Contains("Galaxy S24", failedDevice.DeviceName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dana_park_has_a_surface_laptop_and_haeun_an_ipad()
    {
        await using var services = Services();
        var directory = services.GetRequiredService<IDirectory>();

        var dana = await directory.GetRequesterContextAsync(DanaPark, CancellationToken.None);
        var haeun = await directory.GetRequesterContextAsync(Haeun, CancellationToken.None);

        Assert.Equal(("Windows", "windowsAzureADJoin"), (dana.Devices[0].OperatingSystem, dana.Devices[0].EnrollmentType));
        Assert.StartsWith("Surface Laptop", dana.Devices[0].Model, StringComparison.Ordinal);
        Assert.Equal(("iPadOS", "appleBulkWithUser"), (haeun.Devices[0].OperatingSystem, haeun.Devices[0].EnrollmentType));
        Assert.Empty(haeun.Failures);
    }

    [Fact]
    public async Task User_without_manager_or_devices_is_normal()
    {
        await using var services = Services();
        var directory = services.GetRequiredService<IDirectory>();

        var context = await directory.GetRequesterContextAsync(Jiwoo, CancellationToken.None);

        Assert.Equal(ContextStatus.Available, context.Status);
        Assert.Null(context.Profile?.Manager);
        Assert.Empty(context.Devices);
        Assert.Empty(context.Failures);
    }

    [Fact]
    public async Task Unknown_user_is_reported_as_not_found()
    {
        await using var services = Services();

        var context = await services.GetRequiredService<IDirectory>().GetRequesterContextAsync("not-in-the-demo-tenant", CancellationToken.None);

        Assert.Equal(RequesterContext.NotFound, context);
    }

    [Fact]
    public async Task Bridge_meetings_get_distinct_join_links_under_the_configured_base()
    {
        await using var services = Services();
        var directory = services.GetRequiredService<IDirectory>();
        var start = new DateTimeOffset(2026, 11, 25, 9, 0, 0, Seoul);

        var first = await directory.CreateBridgeMeetingAsync(new BridgeMeetingRequest("Wave 1", start, start.AddHours(1)), CancellationToken.None);
        var second = await directory.CreateBridgeMeetingAsync(new BridgeMeetingRequest("Wave 2", start, start.AddHours(1)), CancellationToken.None);

        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/local/", first.JoinUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.NotEqual(first.JoinUrl, second.JoinUrl);
    }

    [Fact]
    public async Task Demo_tenant_is_ready()
    {
        await using var services = Services();

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, report.Entries["directory"].Status);
    }

    private static ServiceProvider Services(RecordingLogger<DirectoryAnnouncement>? announcements = null)
    {
        var services = new ServiceCollection().AddLogging().AddDirectory(Load());
        services.AddSingleton<ILogger<DirectoryAnnouncement>>(announcements ?? new RecordingLogger<DirectoryAnnouncement>());
        return services.BuildServiceProvider(validateScopes: true);
    }
}
