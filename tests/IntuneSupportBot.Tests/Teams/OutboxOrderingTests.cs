using IntuneSupportBot.Teams;
using IntuneSupportBot.Testing;

namespace IntuneSupportBot.Tests.Teams;

/// <summary>Order per thread, throttling and waking, through the real host and the connector stub.</summary>
public sealed class OutboxOrderingTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_thread_post_and_two_updates_in_one_transaction_reach_the_new_thread_in_order_as_one_update_with_the_newest_card()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        var tier1 = bed.Channel("tier1");

        await bed.CommitAsync(async (db, teams) =>
        {
            await teams.PostCardToChannelAsync(db, "ticket/INT-1", "ticket/INT-1/tier1", tier1, OutboxTestBed.Card("v1"), "New ticket INT-1", alert: true, default);
            await teams.UpdateCopyAsync(db, "ticket/INT-1", "ticket/INT-1/tier1", OutboxTestBed.Card("v2"), "2", default);
            await teams.UpdateCopyAsync(db, "ticket/INT-1", "ticket/INT-1/tier1", OutboxTestBed.Card("v3"), "3", default);
        });

        var requests = await bed.Connector.WaitForAsync(2, Wait);
        Assert.Equal([ConnectorRoute.CreateConversation, ConnectorRoute.UpdateActivity], requests.Select(r => r.Route));
        var create = requests[0];
        Assert.Equal(tier1.ChannelId, create.Parameters!.ChannelData!.Value.GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("v1", OutboxTestBed.CardText(create.Parameters.Activity));
        Assert.True(create.Parameters.Activity!.ChannelData!.Value.GetProperty("notification").GetProperty("alert").GetBoolean());
        var copy = await bed.CopyAsync("ticket/INT-1/tier1");
        Assert.NotNull(copy);
        Assert.Equal($"{tier1.ChannelId};messageid={copy.ActivityId}", copy.ConversationId);
        Assert.All(requests.Skip(1), put =>
        {
            Assert.Equal(copy.ConversationId, put.ConversationId);
            Assert.Equal(copy.ActivityId, put.ActivityId);
        });
        Assert.Equal(["v3"], requests.Skip(1).Select(r => OutboxTestBed.CardText(r.Activity)));
        Assert.All(await bed.SettledAsync(), m => Assert.Equal(OutboxState.Sent, m.State));
    }

    [Fact]
    public async Task Updates_of_a_copy_waiting_behind_a_throttled_post_collapse_into_one_with_the_newest_card()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        var tier1 = bed.Channel("tier1");
        bed.Connector.FailNext(429, TimeSpan.FromSeconds(1), times: 6);
        await bed.CommitAsync((db, teams) =>
            teams.PostCardToChannelAsync(db, "ticket/INT-2", "ticket/INT-2/tier1", tier1, OutboxTestBed.Card("v1"), "New ticket INT-2", alert: false, default));

        foreach (var version in new[] { "v2", "v3", "v4" })
        {
            await bed.CommitAsync((db, teams) => teams.UpdateCopyAsync(db, "ticket/INT-2", "ticket/INT-2/tier1", OutboxTestBed.Card(version), version, default));
        }

        var requests = await bed.Connector.WaitForAsync(r => r.Succeeded, 2, Wait);
        Assert.Equal(["v1", "v4"], requests.Select(r => OutboxTestBed.CardText(r.Parameters?.Activity ?? r.Activity)));
        await Task.Delay(500);
        Assert.Single(bed.Connector.Requests, r => r.Route == ConnectorRoute.UpdateActivity && r.Succeeded);
    }

    [Fact]
    public async Task A_post_throttled_beyond_the_clients_retries_is_delivered_after_the_wait_with_its_thread_behind_it_while_another_thread_flows()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        var busy = bed.Channel("busy");
        var quiet = bed.Channel("quiet");
        // Two attempts per client call: the first dispatcher attempt gives up, the second gets through on its retry.
        bed.Connector.FailNext(429, TimeSpan.FromSeconds(1), times: 3, when: r => r.Route == ConnectorRoute.CreateConversation && IsFor(r, busy));

        await bed.CommitAsync(async (db, teams) =>
        {
            await teams.PostCardToChannelAsync(db, "ticket/INT-2", "ticket/INT-2/busy", busy, OutboxTestBed.Card("busy v1"), "INT-2", alert: false, default);
            await teams.UpdateCopyAsync(db, "ticket/INT-2", "ticket/INT-2/busy", OutboxTestBed.Card("busy v2"), "2", default);
            await teams.PostCardToChannelAsync(db, "ticket/INT-3", "ticket/INT-3/quiet", quiet, OutboxTestBed.Card("quiet v1"), "INT-3", alert: false, default);
        });

        var messages = await bed.SettledAsync();
        Assert.All(messages, m => Assert.Equal(OutboxState.Sent, m.State));
        var requests = bed.Connector.Requests;
        var busyCreates = requests.Where(r => r.Route == ConnectorRoute.CreateConversation && IsFor(r, busy)).ToList();
        Assert.Equal([429, 429, 429, 201], busyCreates.Select(r => r.ResponseStatus));
        Assert.True(busyCreates[^1].ReceivedAt - busyCreates[0].ReceivedAt >= TimeSpan.FromSeconds(2.5), "the Retry-After waits were not honoured");
        var quietCreate = Assert.Single(requests, r => r.Route == ConnectorRoute.CreateConversation && IsFor(r, quiet));
        Assert.True(quietCreate.ReceivedAt < busyCreates[^1].ReceivedAt, "the quiet thread waited for the throttled one");
        var update = Assert.Single(requests, r => r.Route == ConnectorRoute.UpdateActivity);
        Assert.True(update.ReceivedAt > busyCreates[^1].ReceivedAt, "the update overtook the post it updates");
        Assert.Equal("busy v2", OutboxTestBed.CardText(update.Activity));
        Assert.Equal(2, messages.Single(m => m.CopyKey == "ticket/INT-2/busy" && m.Kind == OutboxMessageKind.CreateChannelThread).Attempts);
    }

    [Fact]
    public async Task A_commit_wakes_the_dispatcher_without_waiting_for_the_poll()
    {
        await using var bed = await OutboxTestBed.StartAsync(new Dictionary<string, string?> { ["Outbox:PollInterval"] = "00:05:00" });
        await Task.Delay(500);

        var committed = DateTimeOffset.UtcNow;
        await bed.CommitAsync((db, teams) =>
            teams.PostCardToChannelAsync(db, "ticket/INT-4", "ticket/INT-4/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-4", alert: false, default));

        var create = Assert.Single(await bed.Connector.WaitForAsync(1, TimeSpan.FromSeconds(10)));
        Assert.True(create.ReceivedAt - committed < TimeSpan.FromSeconds(5), "delivered only by polling");
    }

    private static bool IsFor(ConnectorRequest request, TeamsChannelAddress channel) =>
        request.Parameters?.ChannelData?.GetProperty("channel").GetProperty("id").GetString() == channel.ChannelId;
}
