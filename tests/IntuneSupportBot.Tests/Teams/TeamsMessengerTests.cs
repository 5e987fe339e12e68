using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Teams;
using IntuneSupportBot.Testing;

namespace IntuneSupportBot.Tests.Teams;

/// <summary>The app's outbound path: channel threads, replies in them, every copy updated, the requester's 1:1 chat.</summary>
public sealed class TeamsMessengerTests
{
    private const string Item = "ticket/INT-30";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_reply_queued_with_the_post_lands_in_the_new_thread_after_its_root_card()
    {
        await using var bed = await OutboxTestBed.StartAsync();

        await bed.CommitAsync(async (db, teams) =>
        {
            await teams.PostCardToChannelAsync(db, Item, $"{Item}/tier2", bed.Channel("tier2"), OutboxTestBed.Card("v1"), "INT-30", alert: false, default);
            await teams.PostToThreadOfAsync(db, Item, $"{Item}/tier2", new Activity { Text = "Fix: re-sync the enrollment profile" }, "fix", default);
        });

        var requests = await bed.Connector.WaitForAsync(2, Wait);
        var copy = (await bed.CopyAsync($"{Item}/tier2"))!;
        Assert.Equal(ConnectorRoute.CreateConversation, requests[0].Route);
        Assert.Equal(ConnectorRoute.SendToConversation, requests[1].Route);
        Assert.Equal(copy.ConversationId, requests[1].ConversationId);
        Assert.EndsWith($";messageid={copy.ActivityId}", requests[1].ConversationId, StringComparison.Ordinal);
        Assert.Equal("Fix: re-sync the enrollment profile", requests[1].Activity!.Text);
    }

    [Fact]
    public async Task Refreshing_all_copies_reaches_posted_and_still_queued_copies_and_leaves_notices_alone()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        var requester = new TeamsUserAddress("29:requester", OutboxTestBed.TenantId, bed.Connector.ServiceUrl, "a:requester-chat");
        await bed.CommitAsync((db, teams) =>
            teams.PostCardToChannelAsync(db, Item, $"{Item}/tier1", bed.Channel("tier1"), OutboxTestBed.Card("tier1 v1"), "INT-30", alert: false, default));
        await bed.SettledAsync();
        foreach (var copy in new[] { "requester", "tier1", "tier2" })
        {
            bed.Board.Show($"{Item}/{copy}", $"{copy} v2");
        }

        IReadOnlyList<string> refreshed = [];
        await bed.CommitAsync(async (db, teams) =>
        {
            await teams.PostCardToChannelAsync(db, Item, $"{Item}/tier2", bed.Channel("tier2"), OutboxTestBed.Card("tier2 v1"), "INT-30", alert: false, default);
            await teams.NotifyUserAsync(db, Item, $"{Item}/requester", requester, TeamsMessenger.CardActivity(OutboxTestBed.Card("requester v1")), default);
            await teams.NotifyUserAsync(db, Item, $"{Item}/notice/1", requester, new Activity { Text = "An agent has a question" }, default);
            refreshed = [.. (await teams.RefreshAllCopiesAsync(db, Item, copyKey => !copyKey.Contains("/notice/", StringComparison.Ordinal), "escalated", default))
                .Select(copy => copy.CopyKey)];
        });
        await bed.SettledAsync();

        Assert.Equal([$"{Item}/requester", $"{Item}/tier1", $"{Item}/tier2"], refreshed);
        var puts = bed.Connector.Requests.Where(r => r.Route == ConnectorRoute.UpdateActivity).ToList();
        Assert.Equal(["requester v2", "tier1 v2", "tier2 v2"], puts.Select(p => OutboxTestBed.CardText(p.Activity)).Order(StringComparer.Ordinal));
        foreach (var key in refreshed)
        {
            var copy = (await bed.CopyAsync(key))!;
            Assert.Single(puts, p => p.ConversationId == copy.ConversationId && p.ActivityId == copy.ActivityId);
        }
    }

    [Fact]
    public async Task Changes_that_waited_behind_a_stopped_dispatcher_rewrite_each_copy_once_with_its_newest_card()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        await bed.CommitAsync((db, teams) =>
            teams.PostCardToChannelAsync(db, Item, $"{Item}/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-30", alert: false, default));
        await bed.SettledAsync();
        await bed.RestartAsync(dispatcherEnabled: false);

        foreach (var version in new[] { "v2", "v3", "v4" })
        {
            bed.Board.Show($"{Item}/tier1", version);
            await bed.CommitAsync((db, teams) => teams.RefreshAllCopiesAsync(db, Item, _ => true, version, default));
        }
        var queued = await bed.MessagesAsync();
        await bed.RestartAsync();
        await bed.SettledAsync();

        Assert.Single(queued, m => m.Kind == OutboxMessageKind.RefreshCopy);
        var put = Assert.Single(bed.Connector.Requests, r => r.Route == ConnectorRoute.UpdateActivity);
        Assert.Equal("v4", OutboxTestBed.CardText(put.Activity));
    }

    [Fact]
    public async Task A_refresh_of_a_copy_nobody_can_draw_a_card_for_fails_and_says_so()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        await bed.CommitAsync((db, teams) =>
            teams.PostCardToChannelAsync(db, Item, $"{Item}/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-30", alert: false, default));
        await bed.SettledAsync();

        await bed.CommitAsync((db, teams) => teams.RefreshAllCopiesAsync(db, Item, _ => true, "v2", default));
        var settled = await bed.SettledAsync();

        var refresh = Assert.Single(settled, m => m.Kind == OutboxMessageKind.RefreshCopy);
        Assert.Equal(OutboxState.Failed, refresh.State);
        Assert.Contains("No current card", refresh.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(bed.Connector.Requests, r => r.Route == ConnectorRoute.UpdateActivity);
    }

    [Fact]
    public async Task A_user_who_never_talked_to_the_bot_gets_a_new_1_1_chat_and_the_card_there_is_updated_in_place()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        var user = new TeamsUserAddress("6f1c0000-0000-4000-8000-00000000a001", OutboxTestBed.TenantId, bed.Connector.ServiceUrl);

        await bed.CommitAsync(async (db, teams) =>
        {
            await teams.NotifyUserAsync(db, Item, $"{Item}/requester", user, TeamsMessenger.CardActivity(OutboxTestBed.Card("received")), default);
            await teams.UpdateCopyAsync(db, Item, $"{Item}/requester", OutboxTestBed.Card("claimed"), "claimed", default);
        });

        var requests = await bed.Connector.WaitForAsync(3, Wait);
        Assert.Equal([ConnectorRoute.CreateConversation, ConnectorRoute.SendToConversation, ConnectorRoute.UpdateActivity], requests.Select(r => r.Route));
        var create = requests[0].Parameters!;
        Assert.NotEqual(true, create.IsGroup);
        Assert.Equal(user.UserId, Assert.Single(create.Members!).Id);
        Assert.Equal(OutboxTestBed.TenantId, create.TenantId);
        var copy = (await bed.CopyAsync($"{Item}/requester"))!;
        Assert.StartsWith("a:", copy.ConversationId, StringComparison.Ordinal);
        Assert.Equal(copy.ConversationId, requests[1].ConversationId);
        Assert.Equal((copy.ConversationId, copy.ActivityId), (requests[2].ConversationId, requests[2].ActivityId));
        Assert.Equal("claimed", OutboxTestBed.CardText(requests[2].Activity));
    }

    [Fact]
    public async Task A_user_with_a_known_chat_is_written_to_there_in_the_order_the_messages_were_queued()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        var reference = new ConversationReference(null, new ChannelAccount { Id = "29:requester" }, null,
            new ConversationAccount { Id = "a:known-chat", TenantId = OutboxTestBed.TenantId }, "msteams", bed.Connector.ServiceUrl, "en-US");
        var user = TeamsUserAddress.FromReference(reference);
        bed.Connector.FailNext(429, TimeSpan.FromSeconds(1), times: 2, when: r => r.Activity?.Text == "first");

        await bed.CommitAsync(async (db, teams) =>
        {
            await teams.NotifyUserAsync(db, Item, $"{Item}/notice/1", user, new Activity { Text = "first" }, default);
            await teams.NotifyUserAsync(db, Item, $"{Item}/notice/2", user, new Activity { Text = "second" }, default);
        });
        await bed.SettledAsync();

        var delivered = bed.Connector.Requests.Where(r => r.Succeeded).ToList();
        Assert.All(delivered, r => Assert.Equal("a:known-chat", r.ConversationId));
        Assert.Equal(["first", "second"], delivered.Select(r => r.Activity!.Text));
        Assert.DoesNotContain(bed.Connector.Requests, r => r.Route == ConnectorRoute.CreateConversation);
    }
}
