using System.Text.Json;
using IntuneSupportBot.Tickets;
using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static IntuneSupportBot.Tests.Tickets.TicketSamples;

namespace IntuneSupportBot.Tests.Tickets;

/// <summary>Tickets in a real SQLite file through the app's own registrations.</summary>
public sealed class TicketStoreTests : IAsyncLifetime
{
    private TicketDatabase _database = null!;

    private TicketStore Store => _database.Store;

    public async Task InitializeAsync() => _database = await TicketDatabase.StartAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Filed_tickets_are_numbered_from_INT_1001()
    {
        var first = await Store.FileAsync(New(), default);
        var second = await Store.FileAsync(New(), default);

        Assert.Equal(("INT-1001", 1001), (first.Id, first.Number));
        Assert.Equal(("INT-1002", 1002), (second.Id, second.Number));
        Assert.Equal((TicketState.New, 1, 1), (second.State, second.Tier, second.Version));
    }

    [Fact]
    public async Task Every_field_and_the_whole_history_come_back_as_they_were_saved()
    {
        var ticket = await Store.FileAsync(New(), default);
        TicketActionResult last = null!;
        foreach (var (command, actor) in FullPathWithMicrosoft())
        {
            _database.Clock.Advance(TimeSpan.FromMinutes(7));
            last = await Store.ApplyAsync(ticket.Id, command, actor, default);
            Assert.True(last.Accepted is not null, $"{command.Kind} was refused: {last.Refusal?.Describe()}");
        }

        var remembered = await Store.FindAsync(ticket.Id, default);
        var found = await _database.StoreAfterRestart().FindAsync(ticket.Id, default);

        Assert.NotNull(found);
        Assert.Equal(JsonSerializer.Serialize(last.Ticket), JsonSerializer.Serialize(remembered));
        Assert.Equal(JsonSerializer.Serialize(last.Ticket), JsonSerializer.Serialize(found));
        Assert.Equal(JsonSerializer.Serialize(Report), JsonSerializer.Serialize(found.Report));
        Assert.Equal(JsonSerializer.Serialize(Devices), JsonSerializer.Serialize(found.Devices));
        Assert.Equal((TicketState.Closed, "2411020040000123", 2, 3), (found.State, found.MicrosoftCaseNumber, found.Handoffs.Count, found.Notes.Count));
        Assert.Equal(FullPathWithMicrosoft().Length + 1, found.History.Count);
        Assert.Equal(Start.AddMinutes(7 * FullPathWithMicrosoft().Length), found.ClosedAt);
    }

    [Fact]
    public async Task Device_facts_read_after_filing_are_saved_without_a_history_event()
    {
        var ticket = await Store.FileAsync(New() with { Devices = DeviceFacts.None }, default);

        var updated = await Store.SetDevicesAsync(ticket.Id, Devices, inTransaction: null, default);
        var found = await _database.StoreAfterRestart().FindAsync(ticket.Id, default);

        Assert.NotNull(updated);
        Assert.NotNull(found);
        Assert.Equal(JsonSerializer.Serialize(Devices), JsonSerializer.Serialize(found.Devices));
        Assert.Equal((ticket.Version + 1, ticket.History.Count, ticket.UpdatedAt), (found.Version, found.History.Count, found.UpdatedAt));
        Assert.Equal(JsonSerializer.Serialize(updated), JsonSerializer.Serialize(found));
        Assert.Empty(await Store.WithUnavailableDevicesAsync(default));
    }

    [Fact]
    public async Task Ids_are_found_whatever_their_case_and_unknown_ids_are_refused()
    {
        var ticket = await Store.FileAsync(New(), default);

        var found = await Store.FindAsync(" int-1001 ", default);
        var unknown = await Store.ApplyAsync("INT-9999", new TicketCommand.Claim(), Alice, default);

        Assert.Equal(ticket.Id, found?.Id);
        Assert.Null(unknown.Ticket);
        Assert.Equal(RefusalReason.TicketNotFound, unknown.Refusal?.Reason);
    }

    [Fact]
    public async Task Of_fifty_agents_claiming_at_once_exactly_one_wins_and_the_others_are_told_who()
    {
        var ticket = await Store.FileAsync(New(), default);
        var agents = Enumerable.Range(1, 50).Select(i => Actor.Agent($"agent-{i:00}", $"Agent {i:00}", tier: 1)).ToList();

        var results = await Task.WhenAll(agents.Select(agent => Task.Run(() => Store.ApplyAsync(ticket.Id, new TicketCommand.Claim(), agent, default))));

        var winner = Assert.Single(results, r => r.Accepted is not null).Accepted!.Event.By;
        var refusals = results.Where(r => r.Refusal is not null).Select(r => r.Refusal!).ToList();
        Assert.Equal(49, refusals.Count);
        Assert.All(refusals, refusal =>
        {
            Assert.Equal(RefusalReason.AlreadyClaimed, refusal.Reason);
            Assert.Equal(winner.Name, refusal.Cause?.By.Name);
        });
        var stored = await _database.StoreAfterRestart().FindAsync(ticket.Id, default);
        Assert.Equal((winner.ObjectId, 2, 2), (stored!.Assignee?.ObjectId, stored.History.Count, stored.Version));
        Assert.Equal(JsonSerializer.Serialize(stored), JsonSerializer.Serialize(await Store.FindAsync(ticket.Id, default)));
    }

    [Fact]
    public async Task A_claim_decided_on_a_version_that_is_gone_is_decided_again_and_refused_with_the_winner()
    {
        var ticket = await Store.FileAsync(New(), default);
        var gate = _database.Services.GetRequiredService<DatabaseWriteGate>();

        // While the test holds the writers' gate both claims read version 1 and decide to accept; then they write in turn.
        var held = await gate.EnterAsync(default);
        var alice = Store.ApplyAsync(ticket.Id, new TicketCommand.Claim(), Alice, default);
        var dana = Store.ApplyAsync(ticket.Id, new TicketCommand.Claim(), Dana(1), default);
        held.Dispose();
        var results = await Task.WhenAll(alice, dana);

        Assert.Equal("Alice Kim", results[0].Ticket?.Assignee?.Name);
        Assert.Equal("AlreadyClaimed: Claimed by Alice Kim at 09:00 UTC", results[1].Refusal?.Describe());
        Assert.Single(_database.Logs.Lines, line => line.Contains("changed while Claim was saved (attempt 1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ticket_remembered_from_before_another_writer_changed_it_costs_one_conflict_and_the_file_decides()
    {
        var ticket = await Store.FileAsync(New(), default);
        await Store.ApplyAsync(ticket.Id, new TicketCommand.Claim(), Alice, default);
        var other = _database.StoreAfterRestart();
        await other.ApplyAsync(ticket.Id, new TicketCommand.AddNote("Checked the MDM user scope"), Alice, default);

        var unassigned = await Store.ApplyAsync(ticket.Id, new TicketCommand.Unassign(), Alice, default);

        Assert.Equal(
            [TicketEventKind.Filed, TicketEventKind.Claimed, TicketEventKind.NoteAdded, TicketEventKind.Unassigned],
            unassigned.Ticket!.History.Select(e => e.Kind));
        Assert.Equal((4, 1), (unassigned.Ticket.Version, unassigned.Ticket.Notes.Count));
        Assert.Single(_database.Logs.Lines, line => line.Contains("changed while Unassign was saved (attempt 1)", StringComparison.Ordinal));
        Assert.Equal(JsonSerializer.Serialize(unassigned.Ticket), JsonSerializer.Serialize(await _database.StoreAfterRestart().FindAsync(ticket.Id, default)));
    }

    [Fact]
    public async Task The_same_request_applied_twice_is_one_transition()
    {
        var ticket = await Store.FileAsync(New(), default);

        var first = await Store.ApplyAsync(ticket.Id, new TicketCommand.Claim(), Alice, "activity-1", null, default);
        var again = await Store.ApplyAsync(ticket.Id, new TicketCommand.Claim(), Alice, "activity-1", null, default);
        var newRequest = await Store.ApplyAsync(ticket.Id, new TicketCommand.Claim(), Alice, "activity-2", null, default);

        Assert.False(first.Replayed);
        Assert.True(again.Replayed);
        Assert.Equal(first.Accepted!.Event, again.Accepted!.Event);
        Assert.Equal(RefusalReason.AlreadyYours, newRequest.Refusal?.Reason);
        Assert.Equal(2, (await Store.FindAsync(ticket.Id, default))!.History.Count);
    }

    [Fact]
    public async Task A_request_already_applied_since_the_ticket_was_read_is_replayed_with_the_ticket_that_holds_it()
    {
        var ticket = await Store.FileAsync(New(), default);
        var note = new TicketCommand.AddNote("Checked the MDM user scope");
        var first = await _database.StoreAfterRestart().ApplyAsync(ticket.Id, note, Dana(1), "activity-8", null, default);

        var again = await Store.ApplyAsync(ticket.Id, note, Dana(1), "activity-8", null, default);

        Assert.True(again.Replayed);
        Assert.Equal(first.Accepted!.Event, again.Accepted!.Event);
        Assert.Equal((2, 1), (again.Ticket!.History.Count, again.Ticket.Notes.Count));
    }

    [Fact]
    public async Task A_request_delivered_again_after_a_restart_is_recognized_from_the_request_id_kept_on_its_event()
    {
        var ticket = await Store.FileAsync(New(), default);
        var note = new TicketCommand.AddNote("Checked the MDM user scope");
        var first = await Store.ApplyAsync(ticket.Id, note, Dana(1), "activity-9", null, default);

        var again = await _database.StoreAfterRestart().ApplyAsync(ticket.Id, note, Dana(1), "activity-9", null, default);

        Assert.True(again.Replayed);
        Assert.Equal(first.Accepted!.Event, again.Accepted!.Event);
        Assert.Equal((2, 1), (again.Ticket!.History.Count, again.Ticket.Notes.Count));
        Assert.Contains("\"RequestId\":\"activity-9\"", (await _database.HistoryRowsAsync(ticket.Id))[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_request_delivered_twice_at_once_is_one_transition()
    {
        var ticket = await Store.FileAsync(New(), default);
        var note = new TicketCommand.AddNote("Checked the MDM user scope");

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            Task.Run(() => Store.ApplyAsync(ticket.Id, note, Dana(1), "activity-7", null, default))));

        Assert.All(results, r => Assert.Equal(2, r.Accepted?.Event.Sequence));
        Assert.Single(results, r => r.Replayed);
        var stored = await Store.FindAsync(ticket.Id, default);
        Assert.Equal((2, 1), (stored!.History.Count, stored.Notes.Count));
    }

    [Fact]
    public async Task History_rows_are_only_ever_added_never_changed()
    {
        var ticket = await Store.FileAsync(New(), default);
        var seen = await _database.HistoryRowsAsync(ticket.Id);

        foreach (var (command, actor) in FullPathWithMicrosoft())
        {
            _database.Clock.Advance(TimeSpan.FromMinutes(1));
            await Store.ApplyAsync(ticket.Id, command, actor, default);
            var refused = await Store.ApplyAsync(ticket.Id, new TicketCommand.RequesterReplied("me too"), new Actor("req-other", "Joon Oh", ActorRole.Requester), default);
            var now = await _database.HistoryRowsAsync(ticket.Id);

            Assert.Equal(RefusalReason.NotTheRequester, refused.Refusal?.Reason);
            Assert.Equal(seen.Count + 1, now.Count);
            Assert.Equal(seen, now.Take(seen.Count));
            seen = now;
        }
    }

    [Fact]
    public async Task A_refused_command_writes_nothing()
    {
        var ticket = await Store.FileAsync(New(), default);
        await Store.ApplyAsync(ticket.Id, new TicketCommand.Claim(), Alice, default);
        var before = await Store.FindAsync(ticket.Id, default);

        var refused = await Store.ApplyAsync(ticket.Id, new TicketCommand.Escalate("", ""), Alice, "activity-3", null, default);

        Assert.Equal(RefusalReason.HandoffNoteRequired, refused.Refusal?.Reason);
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(await _database.StoreAfterRestart().FindAsync(ticket.Id, default)));
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(refused.Ticket));
    }

    [Fact]
    public async Task Work_done_in_the_transaction_sees_the_change_and_a_failure_there_undoes_it()
    {
        var ticket = await Store.FileAsync(New(), default);
        var seenInside = 0;

        var applied = await Store.ApplyAsync(ticket.Id, new TicketCommand.Claim(), Alice, null, async (db, changed, change, ct) =>
        {
            seenInside = await db.Tickets.Where(t => t.Id == changed.Id).Select(t => t.Version).SingleAsync(ct);
            Assert.Equal(TicketEventKind.Claimed, change.Kind);
        }, default);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.ApplyAsync(ticket.Id, Escalate(), Alice, null,
            (_, _, _, _) => throw new InvalidOperationException("the outbox is down"), default));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.FileAsync(New(), (_, _, _, _) => throw new InvalidOperationException("the outbox is down"), default));

        Assert.Equal(2, seenInside);
        foreach (var store in new[] { Store, _database.StoreAfterRestart() })
        {
            var stored = await store.FindAsync(ticket.Id, default);
            Assert.Equal((TicketState.Claimed, applied.Ticket!.Version), (stored!.State, stored.Version));
            Assert.Null(await store.FindAsync("INT-1002", default));
        }
        Assert.Equal("INT-1002", (await Store.FileAsync(New(), default)).Id);
    }

    [Fact]
    public async Task A_requester_sees_only_their_own_tickets_newest_first_and_open_ones_on_request()
    {
        var first = await Store.FileAsync(New(), default);
        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Store.FileAsync(New(), default);
        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.FileAsync(New() with { Requester = Minji with { ObjectId = "req-other" } }, default);
        foreach (var (command, actor) in new (TicketCommand, Actor)[]
        {
            (new TicketCommand.Claim(), Alice), (new TicketCommand.Resolve("Re-enrolled"), Alice), (new TicketCommand.RequesterConfirmed(), TheRequester),
        })
        {
            await Store.ApplyAsync(first.Id, command, actor, default);
        }

        var all = await Store.ForRequesterAsync(Minji.ObjectId, openOnly: false, default);
        var open = await Store.ForRequesterAsync(Minji.ObjectId, openOnly: true, default);

        Assert.Equal([second.Id, first.Id], all.Select(t => t.Id));
        Assert.Equal([second.Id], open.Select(t => t.Id));
        Assert.Equal(4, all[1].History.Count);
    }

    [Fact]
    public async Task Resolved_tickets_fall_due_for_auto_close_after_the_quiet_period()
    {
        var ticket = await Store.FileAsync(New(), default);
        await Store.ApplyAsync(ticket.Id, new TicketCommand.Claim(), Alice, default);
        await Store.ApplyAsync(ticket.Id, new TicketCommand.Resolve("Re-enrolled"), Alice, default);

        _database.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        var early = await Store.DueForAutoCloseAsync(default);
        _database.Clock.Advance(TimeSpan.FromSeconds(1));
        var due = await Store.DueForAutoCloseAsync(default);
        var closed = await Store.ApplyAsync(due[0], new TicketCommand.AutoClose(), Actor.System, default);

        Assert.Empty(early);
        Assert.Equal([ticket.Id], due);
        Assert.Equal(TicketState.Closed, closed.Ticket?.State);
        Assert.Empty(await Store.DueForAutoCloseAsync(default));
    }

    [Fact]
    public async Task The_id_prefix_comes_from_the_Tickets_section_and_a_bad_one_is_refused()
    {
        await using var helpdesk = await TicketDatabase.StartAsync(new Dictionary<string, string?> { ["Tickets:IdPrefix"] = "HD" });
        await using var lowercase = await TicketDatabase.StartAsync(new Dictionary<string, string?> { ["Tickets:IdPrefix"] = "hd" });

        Assert.Equal("HD-1001", (await helpdesk.Store.FileAsync(New(), default)).Id);
        Assert.Throws<OptionsValidationException>(() => lowercase.Store);
    }

    private static NewTicket New() => new(Minji, Report, Devices, Tier: 1);

    private static (TicketCommand Command, Actor Actor)[] FullPathWithMicrosoft() =>
    [
        (new TicketCommand.Claim(), Alice),
        (new TicketCommand.AskRequester("Is this the laptop from the old team?"), Alice),
        (new TicketCommand.RequesterReplied("Yes, it was Joon's"), TheRequester),
        (Escalate(), Alice),
        (new TicketCommand.Claim(), Bo),
        (new TicketCommand.Escalate("Hash and group tag", "Hash registered in another tenant"), Bo),
        (new TicketCommand.Claim(), Carol),
        (new TicketCommand.SendToMicrosoft("2411020040000123"), Carol),
        (new TicketCommand.BackFromMicrosoft("Microsoft released the hash"), Carol),
        (RecordFix(), Carol),
        (new TicketCommand.Claim(), Alice),
        (new TicketCommand.Resolve("Called Minji; enrolled after the re-import"), Alice),
        (new TicketCommand.RequesterConfirmed(), TheRequester),
    ];
}
