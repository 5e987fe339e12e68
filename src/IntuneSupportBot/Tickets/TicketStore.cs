using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// Tickets in the app's database. A change is read, decided by <see cref="TicketWorkflow"/>, and written in one
/// transaction whose UPDATE only succeeds if the version is still the one that was read; when someone else got
/// there first the ticket is read again and the command decided again, so the loser is refused with the winner's
/// event (or, if the command is still legal, applied on top). Reads are served from <see cref="TicketCache"/> and a
/// conflict reads the file itself.
/// </summary>
public sealed class TicketStore(
    IDbContextFactory<AppDbContext> contexts,
    DatabaseWriteGate writeGate,
    GroupCommit groupCommit,
    TicketCache cache,
    TicketRequests requests,
    TicketWorkflow workflow,
    IOptions<TicketOptions> options,
    TimeProvider clock,
    ILogger<TicketStore> logger)
{
    /// <summary>Each lost attempt means another change committed, so this bound is only reached under a storm of writes.</summary>
    private const int MaxAttempts = 64;

    public Task<Ticket> FileAsync(NewTicket filing, CancellationToken ct) => FileAsync(filing, null, ct);

    public async Task<Ticket> FileAsync(NewTicket filing, TicketTransactionHook? inTransaction, CancellationToken ct)
    {
        using var gate = await writeGate.EnterAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.TicketNumbers.Where(n => n.Name == TicketNumberRow.TicketSequence)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.Last, n => n.Last + 1), ct);
        var number = await db.TicketNumbers.Where(n => n.Name == TicketNumberRow.TicketSequence).Select(n => n.Last).SingleAsync(ct);
        var ticket = Ticket.File(filing, $"{options.Value.IdPrefix}-{number}", number, clock.GetUtcNow());
        db.Tickets.Add(TicketRows.From(ticket));
        await db.SaveChangesAsync(ct);
        await TicketWrites.AddEventAsync(db, ticket.Id, ticket.History[0], requestId: null, ct);
        await RunHookAsync(db, inTransaction, ticket, ticket.History[0], ct);
        await transaction.CommitAsync(ct);
        cache.Remember(ticket);
        TicketStoreLog.Filed(logger, ticket.Id, ticket.Tier);
        return ticket;
    }

    /// <summary>Ids are matched without regard to case or surrounding spaces ("int-1042 ").</summary>
    public async Task<Ticket?> FindAsync(string id, CancellationToken ct) =>
        cache.Find(Normalize(id)) ?? await LoadAsync(id, ct);

    /// <summary>Reads the ticket from the database, past the cache: after a version conflict the cache may be behind.</summary>
    private async Task<Ticket?> LoadAsync(string id, CancellationToken ct)
    {
        var key = Normalize(id);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == key, ct);
        if (row is null)
        {
            return null;
        }
        var history = await db.TicketEvents.AsNoTracking().Where(e => e.TicketId == key).ToListAsync(ct);
        var ticket = TicketRows.ToTicket(row, history);
        var recent = clock.GetUtcNow() - TicketRequests.Window;
        foreach (var e in history.Where(e => e.RequestId is not null && e.At >= recent))
        {
            requests.Remember(e.TicketId, e.ActorObjectId, e.RequestId!, e.Sequence);
        }
        cache.Remember(ticket);
        return ticket;
    }

    /// <summary>Newest first. Open means not closed: a resolved ticket still waits for the requester.</summary>
    public async Task<IReadOnlyList<Ticket>> ForRequesterAsync(string requesterObjectId, bool openOnly, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Tickets.AsNoTracking()
            .Where(t => t.RequesterObjectId == requesterObjectId && (!openOnly || t.State != TicketState.Closed))
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var history = (await db.TicketEvents.AsNoTracking().Where(e => ids.Contains(e.TicketId)).ToListAsync(ct)).ToLookup(e => e.TicketId);
        return [.. rows.Select(row => TicketRows.ToTicket(row, history[row.Id]))];
    }

    /// <summary>Resolved tickets nobody touched for the quiet period: candidates for <see cref="TicketCommand.AutoClose"/>.</summary>
    public async Task<IReadOnlyList<string>> DueForAutoCloseAsync(CancellationToken ct)
    {
        var quietSince = clock.GetUtcNow() - options.Value.QuietPeriodBeforeAutoClose;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Tickets.AsNoTracking()
            .Where(t => t.State == TicketState.Resolved && t.UpdatedAt <= quietSince)
            .OrderBy(t => t.UpdatedAt)
            .Select(t => t.Id)
            .ToListAsync(ct);
    }

    public Task<TicketActionResult> ApplyAsync(string id, TicketCommand command, Actor actor, CancellationToken ct) =>
        ApplyAsync(id, command, actor, requestId: null, inTransaction: null, ct);

    /// <summary>
    /// <paramref name="requestId"/> (the invoke's activity id) makes a redelivered command one transition: the
    /// same ticket, actor and request id is answered with the event it produced the first time (see <see cref="TicketRequests"/>).
    /// </summary>
    public Task<TicketActionResult> ApplyAsync(
        string id, TicketCommand command, Actor actor, string? requestId, TicketTransactionHook? inTransaction, CancellationToken ct) =>
        ApplyAsync(id, loaded: null, command, actor, requestId, inTransaction is null ? null : (_, _, _) => Task.FromResult(inTransaction), ct);

    /// <param name="loaded">
    /// The ticket as the caller just read it, decided on first instead of reading it again; if it is no longer
    /// current the version check turns that into a conflict, and the next attempt reads the ticket afresh.
    /// </param>
    /// <param name="prepare">Called with each accepted change before the write gate: see <see cref="TicketHookPreparer"/>.</param>
    public async Task<TicketActionResult> ApplyAsync(
        string id, Ticket? loaded, TicketCommand command, Actor actor, string? requestId, TicketHookPreparer? prepare, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = attempt == 1 ? loaded ?? await FindAsync(id, ct) : await LoadAsync(id, ct);
            if (current is null)
            {
                return new TicketActionResult(null, new Refused(new TicketRefusal(RefusalReason.TicketNotFound)));
            }
            // A redelivered request is answered as the first time, whether or not its command would still be allowed.
            if (await ReplayAsync(current, command, actor, requestId, ct) is { } replayed)
            {
                return replayed;
            }
            var decision = workflow.Decide(current, command, actor, clock.GetUtcNow());
            if (decision is not Accepted accepted)
            {
                return new TicketActionResult(current, decision);
            }
            var hook = prepare is null ? null : await prepare(accepted.Next, accepted.Event, ct);
            if (await TrySaveAsync(current, accepted, requestId, hook, ct))
            {
                return new TicketActionResult(accepted.Next, accepted);
            }
            TicketStoreLog.Conflict(logger, current.Id, command.Kind, attempt);
            if (attempt == MaxAttempts)
            {
                TicketStoreLog.GaveUp(logger, current.Id, command.Kind, attempt);
                var latest = await LoadAsync(id, ct) ?? current;
                return new TicketActionResult(latest, new Refused(new TicketRefusal(RefusalReason.ChangedMeanwhile, latest.History[^1])));
            }
        }
    }

    /// <summary>The answer the same request got the first time; null when <paramref name="requestId"/> is new (or none).</summary>
    private async Task<TicketActionResult?> ReplayAsync(Ticket current, TicketCommand command, Actor actor, string? requestId, CancellationToken ct)
    {
        if (requestId is null || requests.Find(current.Id, actor.ObjectId, requestId) is not { } sequence)
        {
            return null;
        }
        // The first delivery may have committed after this copy of the ticket was read: then read it again.
        var holding = current.History.Count >= sequence ? current : await LoadAsync(current.Id, ct) ?? current;
        // Sequences count from 1 without gaps, so the event is found by position.
        if (holding.History.Count < sequence || holding.History[sequence - 1] is not { } earlier || earlier.Sequence != sequence)
        {
            return null;
        }
        TicketStoreLog.Replayed(logger, holding.Id, command.Kind);
        return new TicketActionResult(holding, new Accepted(holding, earlier), Replayed: true);
    }

    /// <summary>Open tickets filed while the directory was down, whose requester context is still to be read.</summary>
    public async Task<IReadOnlyList<string>> WithUnavailableDevicesAsync(CancellationToken ct)
    {
        const string Unavailable = "\"status\":\"Unavailable\"";
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Tickets.AsNoTracking()
            .Where(t => t.State != TicketState.Closed && t.DevicesJson.Contains(Unavailable))
            .Select(t => t.Id).ToListAsync(ct);
    }

    /// <summary>
    /// Records a requester context read after filing. It is not a move of the workflow, so no history event and no
    /// change to when the ticket last moved; the version still goes up so the cards are rebuilt.
    /// </summary>
    public async Task<Ticket?> SetDevicesAsync(string id, DeviceFacts devices, Func<AppDbContext, Ticket, Task>? inTransaction, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var current = attempt == 1 ? await FindAsync(id, ct) : await LoadAsync(id, ct);
            if (current is null)
            {
                return null;
            }
            var next = current with { Devices = devices, Version = current.Version + 1 };
            using var gate = await writeGate.EnterAsync(ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await TicketWrites.UpdateAsync(db, current, next, ct))
            {
                continue;
            }
            if (inTransaction is not null)
            {
                await inTransaction(db, next);
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
            cache.Remember(next);
            return next;
        }
        return null;
    }

    /// <summary>
    /// Under load, moves of many tickets share one transaction (<see cref="GroupCommit"/>); a move that loses its
    /// version check leaves nothing behind in it and answers false: someone else moved the ticket since it was read.
    /// </summary>
    private Task<bool> TrySaveAsync(Ticket current, Accepted accepted, string? requestId, TicketTransactionHook? inTransaction, CancellationToken ct) =>
        groupCommit.WriteAsync(async (db, token) =>
        {
            // The version check comes before the event: that would otherwise collide on its sequence number with the
            // winner's and fail as a key violation instead of a conflict.
            if (!await TicketWrites.UpdateAsync(db, current, accepted.Next, token))
            {
                return new BatchedWrite<bool>(false, Keep: false);
            }
            await TicketWrites.AddEventAsync(db, current.Id, accepted.Event, requestId, token);
            await RunHookAsync(db, inTransaction, accepted.Next, accepted.Event, token);
            return new BatchedWrite<bool>(true, Keep: true);
        }, _ =>
        {
            if (requestId is not null)
            {
                requests.Remember(current.Id, accepted.Event.By.ObjectId, requestId, accepted.Event.Sequence);
            }
            cache.Remember(accepted.Next);
        }, ct);

    private static async Task RunHookAsync(AppDbContext db, TicketTransactionHook? hook, Ticket ticket, TicketEvent change, CancellationToken ct)
    {
        if (hook is not null)
        {
            await hook(db, ticket, change, ct);
        }
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(ct);
        }
    }

    private static string Normalize(string id) => id.Trim().ToUpperInvariant();
}
