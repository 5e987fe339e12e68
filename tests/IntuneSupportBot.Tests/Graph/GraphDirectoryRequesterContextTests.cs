using System.Net;
using IntuneSupportBot.Graph;
using IntuneSupportBot.Testing;
using static IntuneSupportBot.Tests.Graph.GraphDirectoryFactory;

namespace IntuneSupportBot.Tests.Graph;

public sealed class GraphDirectoryRequesterContextTests
{
    private static readonly TimeSpan Seoul = TimeSpan.FromHours(9);

    private static readonly GraphStubUser Manager = new("m1", "송지우", "jiwoo.song@contoso.com", "Sales Korea", "Seoul HQ 8F", "ko-KR");

    private static readonly GraphStubUser Minjun =
        new("r1", "김민준", "minjun.kim@contoso.com", "Sales Korea", "Seoul HQ 8F", "ko-KR", ManagerId: "m1");

    [Fact]
    public async Task Context_has_the_profile_with_department_and_manager_the_devices_and_the_failures()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddUser(Manager);
        graph.AddUser(Minjun);
        graph.AddManagedDevice("r1", GalaxyS24());
        graph.AddEnrollmentEvent("r1", WorkProfileFailure("e1", new DateTimeOffset(2026, 11, 24, 9, 12, 31, Seoul)));
        var directory = Create(Options(graph));

        var context = await directory.GetRequesterContextAsync("r1", CancellationToken.None);

        Assert.Equal(ContextStatus.Available, context.Status);
        Assert.Equal(
            new UserProfile("r1", "김민준", "minjun.kim@contoso.com", "minjun.kim@contoso.com", "Sales Korea", "Seoul HQ 8F", "ko-KR",
                new DirectoryUser("m1", "송지우", "jiwoo.song@contoso.com", "jiwoo.song@contoso.com")),
            context.Profile);
        var device = Assert.Single(context.Devices);
        Assert.Equal(
            new ManagedDeviceInfo("d1", "김민준_Galaxy S24", "Android", "14", "unknown", "unhealthy", "userEnrollment", "personal",
                new DateTimeOffset(2026, 11, 24, 9, 10, 47, Seoul), new DateTimeOffset(2026, 11, 24, 9, 11, 58, Seoul),
                "R5CX20ABK7M", "SM-S921N", "samsung"),
            device);
        var failure = Assert.Single(context.Failures);
        Assert.Equal(
            new EnrollmentFailure("e1", new DateTimeOffset(2026, 11, 24, 9, 12, 31, Seoul), "enrollmentRestrictionsEnforced",
                "Personally owned work profile enrollment is blocked.", "userEnrollment", "Android", "14",
                "0f5c9a3e-6b1d-4e27-9c84-2a7d3e1b5f60", "d1"),
            failure);
    }

    [Fact]
    public async Task User_without_a_manager_has_a_profile_without_one()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddUser(Manager);
        var directory = Create(Options(graph));

        var context = await directory.GetRequesterContextAsync("m1", CancellationToken.None);

        Assert.Equal(ContextStatus.Available, context.Status);
        Assert.Equal("송지우", context.Profile?.DisplayName);
        Assert.Null(context.Profile?.Manager);
        Assert.Single(graph.RequestsTo("/users/m1/manager"));
    }

    [Fact]
    public async Task User_without_devices_has_an_empty_device_list()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddUser(Manager);
        var directory = Create(Options(graph));

        var context = await directory.GetRequesterContextAsync("m1", CancellationToken.None);

        Assert.Equal(ContextStatus.Available, context.Status);
        Assert.Empty(context.Devices);
        Assert.Empty(context.Failures);
    }

    [Fact]
    public async Task Devices_on_two_pages_are_all_read()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddUser(new GraphStubUser("r2", "Dana Park", "dana.park@contoso.com"));
        graph.AddManagedDevice("r2", new GraphStubDevice("d1", "DANA-SL7-1188", "Windows", "10.0.26100.2314", Model: "Surface Laptop, 7th Edition"));
        graph.AddManagedDevice("r2", new GraphStubDevice("d2", "Dana's iPhone", "iOS", "18.1", ManagedDeviceOwnerType: "personal", DeviceEnrollmentType: "appleUserEnrollment"));
        graph.AddManagedDevice("r2", new GraphStubDevice("d3", "Dana's iPad", "iPadOS", "17.6.1", ComplianceState: "noncompliant", DeviceEnrollmentType: "appleBulkWithUser"));
        var directory = Create(Options(graph));

        var context = await directory.GetRequesterContextAsync("r2", CancellationToken.None);

        Assert.Equal(["DANA-SL7-1188", "Dana's iPhone", "Dana's iPad"], context.Devices.Select(device => device.DeviceName));
        Assert.Equal(["compliant", "compliant", "noncompliant"], context.Devices.Select(device => device.ComplianceState));
        Assert.Equal(["windowsAzureADJoin", "appleUserEnrollment", "appleBulkWithUser"], context.Devices.Select(device => device.EnrollmentType));
        Assert.Equal(2, graph.RequestsTo("/users/r2/managedDevices").Count);
    }

    [Fact]
    public async Task Enrollment_failures_come_newest_first_and_old_ones_are_left_out()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddUser(Minjun);
        graph.AddEnrollmentEvent("r1", WorkProfileFailure("old", Now.AddDays(-30)));
        graph.AddEnrollmentEvent("r1", WorkProfileFailure("yesterday", Now.AddDays(-1)));
        graph.AddEnrollmentEvent("r1", WorkProfileFailure("today", Now.AddHours(-2)));
        var directory = Create(Options(graph));

        var context = await directory.GetRequesterContextAsync("r1", CancellationToken.None);

        Assert.Equal(["today", "yesterday"], context.Failures.Select(failure => failure.Id));
    }

    [Fact]
    public async Task Tenant_without_troubleshooting_events_still_gives_the_context()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddUser(Minjun);
        graph.AddManagedDevice("r1", GalaxyS24());
        graph.FailNext("/deviceManagementTroubleshootingEvents", HttpStatusCode.Forbidden);
        var directory = Create(Options(graph));

        var context = await directory.GetRequesterContextAsync("r1", CancellationToken.None);

        Assert.Equal(ContextStatus.Available, context.Status);
        Assert.Single(context.Devices);
        Assert.Empty(context.Failures);
    }

    [Fact]
    public async Task Unknown_user_is_reported_as_not_found()
    {
        await using var graph = await GraphStub.StartAsync();
        var directory = Create(Options(graph));

        var context = await directory.GetRequesterContextAsync("nobody", CancellationToken.None);

        Assert.Equal(RequesterContext.NotFound, context);
        Assert.Single(graph.Requests);
    }

    internal static GraphStubDevice GalaxyS24() => new(
        "d1", "김민준_Galaxy S24", "Android", "14", "unknown", "unhealthy", "userEnrollment", "personal",
        new DateTimeOffset(2026, 11, 24, 9, 10, 47, Seoul), new DateTimeOffset(2026, 11, 24, 9, 11, 58, Seoul),
        "R5CX20ABK7M", "SM-S921N", "samsung");

    private static GraphStubEnrollmentEvent WorkProfileFailure(string id, DateTimeOffset at) => new(
        id, at, "enrollmentRestrictionsEnforced", "Personally owned work profile enrollment is blocked.", "userEnrollment", "Android", "14",
        "0f5c9a3e-6b1d-4e27-9c84-2a7d3e1b5f60", "d1");
}
