using IntuneSupportBot.Testing;
using Microsoft.Extensions.Time.Testing;
using static IntuneSupportBot.Tests.Graph.GraphDirectoryFactory;

namespace IntuneSupportBot.Tests.Graph;

public sealed class GraphDirectoryMembershipTests
{
    [Fact]
    public async Task Transitive_members_are_read_across_pages_and_nested_groups_are_left_out()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddGroupMember(Tier1Group, new GraphStubUser("u1", "이서연", "seoyeon.lee@contoso.com"));
        graph.AddNestedGroup(Tier1Group, "g-nested", "Helpdesk night shift");
        graph.AddGroupMember(Tier1Group, new GraphStubUser("u2", "Jordan Kim", "jordan.kim@contoso.com"));
        graph.AddGroupMember(Tier1Group, new GraphStubUser("u3", "박지훈", "jihoon.park@contoso.com"));
        var directory = Create(Options(graph));

        var members = await directory.GetTierMembersAsync(1, CancellationToken.None);

        Assert.Equal(["이서연", "Jordan Kim", "박지훈"], members.Select(member => member.DisplayName));
        Assert.Equal(2, graph.RequestsTo($"/groups/{Tier1Group}/transitiveMembers").Count);
        Assert.True(await directory.IsTierMemberAsync(1, "U3", CancellationToken.None));
        Assert.False(await directory.IsTierMemberAsync(1, "g-nested", CancellationToken.None));
        Assert.False(await directory.IsTierMemberAsync(1, "stranger", CancellationToken.None));
    }

    [Fact]
    public async Task Tier_without_its_own_group_uses_the_team_group()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddGroupMember(TeamId, new GraphStubUser("u9", "Priya Nair"));
        var directory = Create(Options(graph));

        Assert.True(await directory.IsTierMemberAsync(2, "u9", CancellationToken.None));
    }

    [Fact]
    public async Task Leads_and_bridge_coordinators_come_from_their_own_groups()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddGroupMember(Tier1Group, new GraphStubUser("u1", "이서연"));
        graph.AddGroupMember(Tier1Group, new GraphStubUser("u2", "Jordan Kim"));
        graph.AddGroupMember(Tier1Leads, new GraphStubUser("u1", "이서연"));
        graph.AddGroupMember(Coordinators, new GraphStubUser("c1", "한도윤"));
        var directory = Create(Options(graph));

        Assert.True(await directory.IsTierLeadAsync(1, "u1", CancellationToken.None));
        Assert.False(await directory.IsTierLeadAsync(1, "u2", CancellationToken.None));
        Assert.True(await directory.IsBridgeCoordinatorAsync("c1", CancellationToken.None));
        Assert.False(await directory.IsBridgeCoordinatorAsync("u1", CancellationToken.None));
        Assert.Equal(["c1"], (await directory.GetBridgeCoordinatorsAsync(CancellationToken.None)).Select(c => c.Id));
    }

    [Fact]
    public async Task Membership_is_answered_from_cache_until_the_ttl_then_refreshed_in_the_background()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddGroupMember(Tier1Group, new GraphStubUser("u1", "이서연"));
        graph.AddGroupMember(Tier1Group, new GraphStubUser("u2", "Jordan Kim"));
        var time = new FakeTimeProvider(Now);
        var directory = Create(Options(graph), time);
        Assert.True(await directory.IsTierMemberAsync(1, "u2", CancellationToken.None));
        graph.RemoveGroupMember(Tier1Group, "u2");

        time.Advance(TimeSpan.FromMinutes(4));
        Assert.True(await directory.IsTierMemberAsync(1, "u2", CancellationToken.None));
        Assert.Single(graph.RequestsTo("/transitiveMembers"));

        time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await directory.IsTierMemberAsync(1, "u2", CancellationToken.None));
        Assert.True(await Eventually(async () => !await directory.IsTierMemberAsync(1, "u2", CancellationToken.None)));
        Assert.Equal(2, graph.RequestsTo("/transitiveMembers").Count);
    }

    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
