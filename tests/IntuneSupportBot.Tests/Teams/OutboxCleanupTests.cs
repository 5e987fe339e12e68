using System.Linq.Expressions;
using IntuneSupportBot.Teams;
using IntuneSupportBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Tests.Teams;

/// <summary>
/// Finished outbox messages are deleted after their keeping time; unsent messages and card copies never are. The host
/// runs on the system clock, so the tests date the rows back rather than move time forward.
/// </summary>
public sealed class OutboxCleanupTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_sent_message_records_one_attempt_and_when_it_was_sent_which_its_keeping_time_counts_from()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        var before = DateTimeOffset.UtcNow;
        await bed.CommitAsync((db, teams) =>
            teams.PostCardToChannelAsync(db, "ticket/INT-59", "ticket/INT-59/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-59", alert: false, default));

        var sent = Assert.Single(await bed.SettledAsync());

        Assert.Equal((OutboxState.Sent, 1, null), (sent.State, sent.Attempts, sent.LastError));
        Assert.InRange(sent.SentAt!.Value, before, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Sent_messages_are_deleted_seven_days_after_they_were_sent_and_younger_ones_are_kept()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        await bed.CommitAsync(async (db, teams) =>
        {
            foreach (var ticket in new[] { "INT-60", "INT-61", "INT-62" })
            {
                await teams.PostCardToChannelAsync(db, $"ticket/{ticket}", $"ticket/{ticket}/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), ticket, alert: false, default);
            }
        });
        Assert.All(await bed.SettledAsync(), m => Assert.Equal(OutboxState.Sent, m.State));
        var now = Now(bed);
        await DateBackAsync(bed, m => m.ItemKey == "ticket/INT-60", created: now.AddDays(-8), lastAttemptDue: now.AddDays(-8), sent: now.AddDays(-8));
        // Created long ago but sent only six days ago: the keeping time runs from the send.
        await DateBackAsync(bed, m => m.ItemKey == "ticket/INT-61", created: now.AddDays(-40), lastAttemptDue: now.AddDays(-40), sent: now.AddDays(-6));

        await Cleanup(bed).CleanUpAsync(default);

        Assert.Equal(["ticket/INT-61", "ticket/INT-62"], (await bed.MessagesAsync()).Select(m => m.ItemKey));
    }

    [Fact]
    public async Task Failed_and_uncertain_messages_are_kept_thirty_days_after_their_last_attempt()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        bed.Connector.FailNext(400, errorCode: "BadSyntax", when: r => ChannelOf(r) == "19:refusing@thread.tacv2");
        bed.Connector.FailNext(502, times: 5, when: r => ChannelOf(r) == "19:flaky@thread.tacv2");
        await bed.CommitAsync(async (db, teams) =>
        {
            await teams.PostCardToChannelAsync(db, "ticket/INT-63", "ticket/INT-63/tier1", bed.Channel("refusing"), OutboxTestBed.Card("v1"), "INT-63", alert: false, default);
            await teams.PostCardToChannelAsync(db, "ticket/INT-64", "ticket/INT-64/tier1", bed.Channel("flaky"), OutboxTestBed.Card("v1"), "INT-64", alert: false, default);
            await teams.PostCardToChannelAsync(db, "ticket/INT-65", "ticket/INT-65/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-65", alert: false, default);
        });
        var settled = await bed.SettledAsync();
        Assert.Equal([OutboxState.Failed, OutboxState.Uncertain, OutboxState.Sent], settled.Select(m => m.State));
        var now = Now(bed);
        await DateBackAsync(bed, _ => true, created: now.AddDays(-45), lastAttemptDue: now.AddDays(-20), sent: now.AddDays(-20));

        await Cleanup(bed).CleanUpAsync(default);
        var afterTwentyDays = await bed.MessagesAsync();
        await DateBackAsync(bed, _ => true, created: now.AddDays(-45), lastAttemptDue: now.AddDays(-31), sent: now.AddDays(-31));
        await Cleanup(bed).CleanUpAsync(default);

        Assert.Equal([OutboxState.Failed, OutboxState.Uncertain], afterTwentyDays.Select(m => m.State));
        Assert.Empty(await bed.MessagesAsync());
    }

    [Fact]
    public async Task Pending_and_sending_messages_are_never_deleted_however_old()
    {
        await using var bed = await OutboxTestBed.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        await bed.CommitAsync(async (db, teams) =>
        {
            await teams.PostCardToChannelAsync(db, "ticket/INT-66", "ticket/INT-66/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-66", alert: false, default);
            await teams.PostCardToChannelAsync(db, "ticket/INT-67", "ticket/INT-67/tier1", bed.Channel("tier2"), OutboxTestBed.Card("v1"), "INT-67", alert: false, default);
        });
        var yearAgo = Now(bed).AddDays(-365);
        await DateBackAsync(bed, _ => true, created: yearAgo, lastAttemptDue: yearAgo, sent: yearAgo);
        await bed.CommitAsync((db, _) => db.OutboxMessages.Where(m => m.ItemKey == "ticket/INT-67").ExecuteUpdateAsync(set => set.SetProperty(m => m.State, OutboxState.Sending)));

        var removed = await Cleanup(bed).CleanUpAsync(default);

        Assert.Equal(0, removed.Total);
        Assert.Equal([OutboxState.Pending, OutboxState.Sending], (await bed.MessagesAsync()).Select(m => m.State));
    }

    [Fact]
    public async Task A_card_copy_outlives_its_deleted_post_and_later_changes_still_update_it_in_Teams()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        await bed.CommitAsync((db, teams) =>
            teams.PostCardToChannelAsync(db, "ticket/INT-68", "ticket/INT-68/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-68", alert: false, default));
        await bed.SettledAsync();
        var copy = (await bed.CopyAsync("ticket/INT-68/tier1"))!;
        var longAgo = Now(bed).AddDays(-8);
        await DateBackAsync(bed, _ => true, created: longAgo, lastAttemptDue: longAgo, sent: longAgo);

        await Cleanup(bed).CleanUpAsync(default);
        Assert.Empty(await bed.MessagesAsync());
        Assert.Equal(copy.ActivityId, (await bed.CopyAsync("ticket/INT-68/tier1"))?.ActivityId);
        await bed.CommitAsync((db, teams) => teams.UpdateCopyAsync(db, "ticket/INT-68", "ticket/INT-68/tier1", OutboxTestBed.Card("v2"), "2", default));
        bed.Board.Show("ticket/INT-68/tier1", "v3");
        await bed.CommitAsync((db, teams) => teams.RefreshAllCopiesAsync(db, "ticket/INT-68", _ => true, "3", default));

        var puts = await bed.Connector.WaitForAsync(r => r.Route == ConnectorRoute.UpdateActivity, 2, Wait);
        Assert.All(puts, put => Assert.Equal((copy.ConversationId, copy.ActivityId, 200), (put.ConversationId, put.ActivityId, put.ResponseStatus)));
        Assert.Equal(["v2", "v3"], puts.Select(put => OutboxTestBed.CardText(put.Activity)));
        Assert.All(await bed.SettledAsync(), m => Assert.Equal(OutboxState.Sent, m.State));
    }

    [Fact]
    public async Task Posting_a_copy_again_after_its_post_was_deleted_posts_nothing()
    {
        await using var bed = await OutboxTestBed.StartAsync();
        Task PostAsync() => bed.CommitAsync((db, teams) =>
            teams.PostCardToChannelAsync(db, "ticket/INT-69", "ticket/INT-69/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-69", alert: false, default));
        await PostAsync();
        await bed.SettledAsync();
        var longAgo = Now(bed).AddDays(-8);
        await DateBackAsync(bed, _ => true, created: longAgo, lastAttemptDue: longAgo, sent: longAgo);
        await Cleanup(bed).CleanUpAsync(default);

        await PostAsync();
        await Task.Delay(1500);

        Assert.Empty(await bed.MessagesAsync());
        Assert.Single(bed.Connector.Requests, r => r.Route == ConnectorRoute.CreateConversation);
    }

    [Fact]
    public async Task More_expired_messages_than_one_statement_deletes_are_all_deleted_in_one_round()
    {
        await using var bed = await OutboxTestBed.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        var now = Now(bed);
        var expired = OutboxQueue.DeleteBatchSize * 2 + 500;
        await bed.CommitAsync((db, _) =>
        {
            db.OutboxMessages.AddRange(Enumerable.Range(0, expired).Select(i => SentMessage(bed, $"old{i}", now.AddDays(-8).AddSeconds(i))));
            db.OutboxMessages.AddRange(Enumerable.Range(0, 3).Select(i => SentMessage(bed, $"new{i}", now.AddDays(-1))));
            return Task.CompletedTask;
        });

        var removed = await Cleanup(bed).CleanUpAsync(default);

        Assert.Equal(new RemovedMessages(expired, 0), removed);
        Assert.Equal(["new0", "new1", "new2"], (await bed.MessagesAsync()).Select(m => m.IdempotencyKey));
    }

    [Fact]
    public async Task The_clean_up_runs_at_start_up_with_the_configured_keeping_time_and_logs_what_it_deleted()
    {
        await using var bed = await OutboxTestBed.StartAsync(new Dictionary<string, string?> { ["Outbox:KeepSentFor"] = "1.00:00:00" });
        await bed.CommitAsync(async (db, teams) =>
        {
            await teams.PostCardToChannelAsync(db, "ticket/INT-70", "ticket/INT-70/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-70", alert: false, default);
            await teams.PostCardToChannelAsync(db, "ticket/INT-71", "ticket/INT-71/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-71", alert: false, default);
        });
        await bed.SettledAsync();
        var now = Now(bed);
        await DateBackAsync(bed, m => m.ItemKey == "ticket/INT-70", created: now.AddDays(-2), lastAttemptDue: now.AddDays(-2), sent: now.AddDays(-2));

        await bed.RestartAsync();

        await bed.Host.Logs.WaitForLineAsync(line => line.StartsWith("Information", StringComparison.Ordinal)
            && line.Contains("Outbox clean-up deleted 1 sent and 0 failed or uncertain messages", StringComparison.Ordinal));
        Assert.Equal("ticket/INT-71", (await bed.MessagesAsync()).Single().ItemKey);
    }

    [Fact]
    public async Task A_round_that_fails_is_logged_as_a_warning_and_the_next_round_deletes_what_it_left()
    {
        await using var bed = await OutboxTestBed.StartAsync(new Dictionary<string, string?> { ["Outbox:CleanupInterval"] = "00:00:01" });
        await bed.CommitAsync((db, teams) =>
            teams.PostCardToChannelAsync(db, "ticket/INT-72", "ticket/INT-72/tier1", bed.Channel("tier1"), OutboxTestBed.Card("v1"), "INT-72", alert: false, default));
        await bed.SettledAsync();
        var longAgo = Now(bed).AddDays(-8);
        // The table goes missing (as if an operator were repairing the file) once its row is old enough to delete.
        await bed.CommitAsync(async (db, _) =>
        {
            await db.OutboxMessages.ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, longAgo));
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE outbox_messages RENAME TO outbox_messages_parked");
        });

        await bed.Host.Logs.WaitForLineAsync(line => line.StartsWith("Warning", StringComparison.Ordinal)
            && line.Contains("Outbox clean-up failed; trying again in 00:00:01", StringComparison.Ordinal)
            && line.Contains("no such table", StringComparison.Ordinal));
        await bed.CommitAsync((db, _) => db.Database.ExecuteSqlRawAsync("ALTER TABLE outbox_messages_parked RENAME TO outbox_messages"));

        await WaitUntilAsync(async () => (await bed.MessagesAsync()).Count == 0);
        Assert.NotNull(await bed.CopyAsync("ticket/INT-72/tier1"));
    }

    private static OutboxCleanup Cleanup(OutboxTestBed bed) => bed.Host.Services.GetRequiredService<OutboxCleanup>();

    private static DateTimeOffset Now(OutboxTestBed bed) => bed.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    private static string? ChannelOf(ConnectorRequest request) =>
        request.Parameters?.ChannelData?.GetProperty("channel").GetProperty("id").GetString();

    /// <summary>Moves the recorded times of the chosen messages into the past, as if they had been written then.</summary>
    private static Task DateBackAsync(OutboxTestBed bed, Expression<Func<OutboxMessage, bool>> which, DateTimeOffset created, DateTimeOffset lastAttemptDue,
        DateTimeOffset sent) =>
        bed.CommitAsync((db, _) => db.OutboxMessages.Where(which).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.CreatedAt, created)
            .SetProperty(m => m.NextAttemptAt, lastAttemptDue)
            .SetProperty(m => m.SentAt, m => m.State == OutboxState.Sent ? (DateTimeOffset?)sent : m.SentAt)));

    private static OutboxMessage SentMessage(OutboxTestBed bed, string key, DateTimeOffset sentAt)
    {
        var message = OutboxMessage.PostToConversation(key, "ticket/INT-73", $"ticket/INT-73/{key}", "chat/a:requester", "a:requester",
            bed.Connector.ServiceUrl, TeamsMessenger.CardActivity(OutboxTestBed.Card("v1")));
        message.State = OutboxState.Sent;
        message.CreatedAt = sentAt;
        message.NextAttemptAt = sentAt;
        message.SentAt = sentAt;
        message.Attempts = 1;
        return message;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Wait;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException("The outbox clean-up did not get there in time.");
            }
            await Task.Delay(100);
        }
    }
}
