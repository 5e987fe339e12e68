using IntuneSupportBot.Teams;
using IntuneSupportBot.Testing;

namespace IntuneSupportBot.Tests.Teams;

/// <summary>Permanent refusals end a message with its reason and never hold up other conversations.</summary>
public sealed class OutboxFailureTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_update_of_a_copy_whose_post_was_refused_fails_with_a_clear_reason_and_the_app_keeps_sending()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        bed.Connector.FailNext(400, errorCode: "BadSyntax", when: r => r.Route == ConnectorRoute.CreateConversation);

        await bed.CommitAsync(async (db, teams) =>
        {
            await teams.PostCardToChannelAsync(db, "ticket/INT-20", "ticket/INT-20/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-20", alert: false, default);
            await teams.UpdateCopyAsync(db, "ticket/INT-20", "ticket/INT-20/tier1", OutboxTestBed.Card("v2"), "2", default);
            await teams.PostToThreadOfAsync(db, "ticket/INT-20", "ticket/INT-20/tier1", TeamsMessenger.CardActivity(OutboxTestBed.Card("fix")), "fix", default);
        });
        var messages = await bed.SettledAsync();
        await bed.CommitAsync((db, teams) =>
            teams.PostCardToChannelAsync(db, "ticket/INT-21", "ticket/INT-21/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-21", alert: false, default));

        var post = messages.Single(m => m.Kind == OutboxMessageKind.CreateChannelThread);
        Assert.Equal(OutboxState.Failed, post.State);
        Assert.StartsWith("400 BadSyntax", post.LastError, StringComparison.Ordinal);
        Assert.All(messages.Where(m => m.Kind != OutboxMessageKind.CreateChannelThread), m =>
        {
            Assert.Equal(OutboxState.Failed, m.State);
            Assert.Contains("'ticket/INT-20/tier1' was never posted", m.LastError, StringComparison.Ordinal);
        });
        Assert.Null(await bed.CopyAsync("ticket/INT-20/tier1"));
        Assert.DoesNotContain(bed.Connector.Requests, r => r.Route is ConnectorRoute.UpdateActivity or ConnectorRoute.SendToConversation);
        Assert.Equal(201, (await bed.Connector.WaitForAsync(r => r.Succeeded, 1, Wait))[0].ResponseStatus);
    }

    [Fact]
    public async Task An_update_of_a_copy_deleted_in_Teams_posts_a_fresh_copy_and_later_updates_go_to_it()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        var tier2 = bed.Channel("tier2");
        await bed.CommitAsync((db, teams) =>
            teams.PostCardToChannelAsync(db, "ticket/INT-22", "ticket/INT-22/tier2", tier2, OutboxTestBed.Card("v1"), "INT-22", alert: false, default));
        await bed.SettledAsync();
        var original = (await bed.CopyAsync("ticket/INT-22/tier2"))!;
        bed.Connector.FailNext(404, errorCode: "ActivityNotFoundInConversation", when: r => r.Route == ConnectorRoute.UpdateActivity);

        await bed.CommitAsync((db, teams) => teams.UpdateCopyAsync(db, "ticket/INT-22", "ticket/INT-22/tier2", OutboxTestBed.Card("v2"), "2", default));
        await bed.SettledAsync();
        var repointed = (await bed.CopyAsync("ticket/INT-22/tier2"))!;
        await bed.CommitAsync((db, teams) => teams.UpdateCopyAsync(db, "ticket/INT-22", "ticket/INT-22/tier2", OutboxTestBed.Card("v3"), "3", default));
        await bed.SettledAsync();

        var requests = bed.Connector.Requests;
        Assert.Equal(
            [(ConnectorRoute.CreateConversation, 201), (ConnectorRoute.UpdateActivity, 404), (ConnectorRoute.CreateConversation, 201), (ConnectorRoute.UpdateActivity, 200)],
            requests.Select(r => (r.Route, r.ResponseStatus)));
        Assert.Equal("v2", OutboxTestBed.CardText(requests[2].Parameters!.Activity));
        Assert.NotEqual(original.ConversationId, repointed.ConversationId);
        Assert.Equal($"{tier2.ChannelId};messageid={repointed.ActivityId}", repointed.ConversationId);
        Assert.Equal((repointed.ConversationId, repointed.ActivityId), (requests[3].ConversationId, requests[3].ActivityId));
        Assert.Equal("v3", OutboxTestBed.CardText(requests[3].Activity));
    }

    [Fact]
    public async Task A_bot_not_in_the_roster_fails_the_message_logs_why_and_other_threads_still_flow()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        var uninstalled = bed.Channel("uninstalled");
        bed.Connector.FailNext(403, errorCode: "BotNotInConversationRoster", times: 5,
            when: r => r.Parameters?.ChannelData?.GetProperty("channel").GetProperty("id").GetString() == uninstalled.ChannelId);

        await bed.CommitAsync(async (db, teams) =>
        {
            await teams.PostCardToChannelAsync(db, "ticket/INT-23", "ticket/INT-23/tier3", uninstalled, OutboxTestBed.Card("v1"), "INT-23", alert: false, default);
            await teams.PostCardToChannelAsync(db, "ticket/INT-24", "ticket/INT-24/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-24", alert: false, default);
            await teams.PostCardToChannelAsync(db, "ticket/INT-25", "ticket/INT-25/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-25", alert: false, default);
        });
        var messages = await bed.SettledAsync();

        var refused = messages.Single(m => m.ItemKey == "ticket/INT-23");
        Assert.Equal(OutboxState.Failed, refused.State);
        Assert.Equal(1, refused.Attempts);
        Assert.StartsWith("403 BotNotInConversationRoster", refused.LastError, StringComparison.Ordinal);
        Assert.All(messages.Where(m => m.ItemKey != "ticket/INT-23"), m => Assert.Equal(OutboxState.Sent, m.State));
        Assert.Single(bed.Connector.Requests, r => r.ResponseStatus == 403);
        await bed.Host.Logs.WaitForLineAsync(line => line.StartsWith("Error", StringComparison.Ordinal)
            && line.Contains("ticket/INT-23", StringComparison.Ordinal) && line.Contains("BotNotInConversationRoster", StringComparison.Ordinal));
    }
}
