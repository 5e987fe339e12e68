using IntuneSupportBot.Teams;
using IntuneSupportBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntuneSupportBot.Tests.Teams;

/// <summary>What survives a process ending between the commit and the send, and what is never sent twice.</summary>
public sealed class OutboxRestartTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Messages_committed_while_no_dispatcher_ran_are_posted_once_after_a_restart_and_never_again()
    {
        await using var bed = await OutboxTestBed.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        await bed.CommitAsync(async (db, teams) =>
        {
            await teams.PostCardToChannelAsync(db, "ticket/INT-10", "ticket/INT-10/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-10", alert: true, default);
            await teams.UpdateCopyAsync(db, "ticket/INT-10", "ticket/INT-10/tier1", OutboxTestBed.Card("v2"), "2", default);
        });
        await Task.Delay(300);
        Assert.Empty(bed.Connector.Requests);

        await bed.RestartAsync();
        await bed.Connector.WaitForAsync(2, Wait);
        Assert.All(await bed.SettledAsync(), m => Assert.Equal(OutboxState.Sent, m.State));
        await bed.RestartAsync();
        await Task.Delay(1500);

        var requests = bed.Connector.Requests;
        Assert.Equal([ConnectorRoute.CreateConversation, ConnectorRoute.UpdateActivity], requests.Select(r => r.Route));
    }

    [Fact]
    public async Task After_a_crash_mid_send_a_post_is_flagged_uncertain_and_not_posted_again_while_an_update_is_sent_again()
    {
        await using var bed = await OutboxTestBed.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        await bed.CommitAsync(async (db, teams) =>
        {
            db.CardCopies.Add(new CardCopy
            {
                CopyKey = "ticket/INT-11/tier1", ItemKey = "ticket/INT-11", ThreadKey = ThreadKeys.OfChannelCopy("ticket/INT-11/tier1"),
                ConversationId = "19:tier1@thread.tacv2;messageid=1760000000001", ActivityId = "1760000000001", ServiceUrl = bed.Connector.ServiceUrl,
            });
            await teams.UpdateCopyAsync(db, "ticket/INT-11", "ticket/INT-11/tier1", OutboxTestBed.Card("v2"), "2", default);
            await teams.PostCardToChannelAsync(db, "ticket/INT-12", "ticket/INT-12/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-12", alert: false, default);
        });
        // What a process that died during both calls leaves behind.
        await bed.ReadAsync(db => db.OutboxMessages.ExecuteUpdateAsync(set => set.SetProperty(m => m.State, OutboxState.Sending).SetProperty(m => m.Attempts, 1)));

        await bed.RestartAsync();

        var messages = await bed.SettledAsync();
        var put = Assert.Single(await bed.Connector.WaitForAsync(1, Wait));
        Assert.Equal(ConnectorRoute.UpdateActivity, put.Route);
        Assert.Equal("1760000000001", put.ActivityId);
        Assert.Equal(OutboxState.Sent, messages.Single(m => m.Kind == OutboxMessageKind.UpdateCopy).State);
        var post = messages.Single(m => m.Kind == OutboxMessageKind.CreateChannelThread);
        Assert.Equal(OutboxState.Uncertain, post.State);
        Assert.Contains("not posted again", post.LastError, StringComparison.Ordinal);
        await bed.Host.Logs.WaitForLineAsync(line => line.Contains("may or may not have reached Teams", StringComparison.Ordinal));
        Assert.DoesNotContain(bed.Connector.Requests, r => r.Route == ConnectorRoute.CreateConversation);
    }

    [Fact]
    public async Task The_same_idempotency_key_enqueued_twice_is_one_row_and_one_post()
    {
        await using var bed = await OutboxTestBed.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        var channel = bed.Channel("tier1");
        OutboxMessage Post() => OutboxMessage.CreateChannelThread("intake/INT-13/opened", "ticket/INT-13", "ticket/INT-13/tier1", channel,
            TeamsMessengerActivity("v1"));

        var first = await bed.Outbox.EnqueueAsync(Post(), default);
        var second = await bed.Outbox.EnqueueAsync(Post(), default);
        await bed.CommitAsync(async (db, teams) =>
        {
            bed.Outbox.Enqueue(db, OutboxMessage.CreateChannelThread("intake/INT-14/opened", "ticket/INT-14", "ticket/INT-14/tier1", channel, TeamsMessengerActivity("v1")));
            bed.Outbox.Enqueue(db, OutboxMessage.CreateChannelThread("intake/INT-14/opened", "ticket/INT-14", "ticket/INT-14/tier1", channel, TeamsMessengerActivity("v1")));
            await teams.PostCardToChannelAsync(db, "ticket/INT-13", "ticket/INT-13/tier2", channel, OutboxTestBed.Card("v1"), "INT-13", alert: false, default);
            await teams.PostCardToChannelAsync(db, "ticket/INT-13", "ticket/INT-13/tier2", channel, OutboxTestBed.Card("v1"), "INT-13", alert: false, default);
        });
        await bed.CommitAsync((db, teams) =>
            teams.PostCardToChannelAsync(db, "ticket/INT-13", "ticket/INT-13/tier2", channel, OutboxTestBed.Card("v1"), "INT-13", alert: false, default));

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(3, (await bed.MessagesAsync()).Count);
        await bed.RestartAsync();
        await bed.SettledAsync();
        await Task.Delay(500);
        Assert.Equal(3, bed.Connector.Requests.Count(r => r.Route == ConnectorRoute.CreateConversation));
    }

    private static BotFramework.Schema.Activity TeamsMessengerActivity(string text) => TeamsMessenger.CardActivity(OutboxTestBed.Card(text));
}
