using IntuneSupportBot.Graph;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using static IntuneSupportBot.Tests.Graph.GraphDirectoryFactory;

namespace IntuneSupportBot.Tests.Graph;

public sealed class GraphDirectoryChannelTests
{
    [Fact]
    public async Task Channel_name_on_the_second_page_is_resolved_to_its_id()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddChannel(TeamId, "19:general@thread.tacv2", "General");
        graph.AddChannel(TeamId, "19:bridge@thread.tacv2", "Bridge");
        graph.AddChannel(TeamId, "19:tier1@thread.tacv2", "Tier 1 - Helpdesk");
        var directory = Create(Options(graph));

        var channel = await directory.GetTierChannelAsync(1, CancellationToken.None);

        Assert.Equal(new TierChannel(1, TeamId, "19:tier1@thread.tacv2", "Tier 1 - Helpdesk"), channel);
        var listings = graph.RequestsTo($"/teams/{TeamId}/channels");
        Assert.Equal(2, listings.Count);
        Assert.Contains("$skiptoken=2", Uri.UnescapeDataString(listings[1].Query), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolved_channel_is_cached()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddChannel(TeamId, "19:tier1@thread.tacv2", "Tier 1 - Helpdesk");
        var directory = Create(Options(graph));

        await directory.GetTierChannelAsync(1, CancellationToken.None);
        var again = await directory.GetTierChannelAsync(1, CancellationToken.None);

        Assert.Equal("19:tier1@thread.tacv2", again.ChannelId);
        Assert.Single(graph.RequestsTo("/channels"));
    }

    [Fact]
    public async Task Unknown_channel_name_fails_with_the_channels_the_team_has()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddChannel(TeamId, "19:general@thread.tacv2", "General");
        graph.AddChannel(TeamId, "19:bridge@thread.tacv2", "Bridge");
        graph.AddChannel(TeamId, "19:helpdesk@thread.tacv2", "Helpdesk");
        var directory = Create(Options(graph));

        var error = await Assert.ThrowsAsync<TierChannelNotFoundException>(() => directory.GetTierChannelAsync(1, CancellationToken.None));

        Assert.Equal(["General", "Bridge", "Helpdesk"], error.ExistingChannels);
        Assert.Contains("'Tier 1 - Helpdesk'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'General', 'Bridge', 'Helpdesk'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_channel_id_is_used_without_asking_graph()
    {
        await using var graph = await GraphStub.StartAsync();
        var directory = Create(Options(graph));

        var channel = await directory.GetTierChannelAsync(2, CancellationToken.None);

        Assert.Equal("19:tier2@thread.tacv2", channel.ChannelId);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task Readiness_fails_with_the_existing_channels_when_a_name_is_wrong()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddChannel(TeamId, "19:general@thread.tacv2", "General");
        graph.AddGroupMember(Tier1Group, new GraphStubUser("a1", "Jordan Kim"));
        graph.AddGroupMember(TeamId, new GraphStubUser("a2", "Priya Nair"));
        var options = Options(graph);
        var check = new DirectoryReadinessCheck(Create(options), Microsoft.Extensions.Options.Options.Create(options));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("'General'", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_passes_when_every_tier_channel_and_group_can_be_read()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddChannel(TeamId, "19:tier1@thread.tacv2", "Tier 1 - Helpdesk");
        graph.AddGroupMember(Tier1Group, new GraphStubUser("a1", "Jordan Kim"));
        graph.AddGroupMember(TeamId, new GraphStubUser("a2", "Priya Nair"));
        var options = Options(graph);
        var check = new DirectoryReadinessCheck(Create(options), Microsoft.Extensions.Options.Options.Create(options));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }
}
