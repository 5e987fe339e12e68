using System.Text.Json;
using IntuneSupportBot.Data;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// The rows a move of a ticket writes, as <see cref="DirectSql"/> in the ticket's transaction: a move is the app's
/// most frequent write, and it runs while every other writer waits. Values are stored as <see cref="TicketModel"/>
/// maps them (enums by name, instants as UTC ticks, names of columns as the properties'), which the tests check by
/// reading every written ticket back through EF Core.
/// </summary>
internal static class TicketWrites
{
    private const string Always =
        "\"Tier\" = @Tier, \"State\" = @State, \"AssigneeObjectId\" = @AssigneeObjectId, \"AssigneeName\" = @AssigneeName, " +
        "\"RootCause\" = @RootCause, \"Fix\" = @Fix, \"MicrosoftCaseNumber\" = @MicrosoftCaseNumber, \"Resolution\" = @Resolution, " +
        "\"ResolvedTier\" = @ResolvedTier, \"UpdatedAt\" = @UpdatedAt, \"ResolvedAt\" = @ResolvedAt, \"ClosedAt\" = @ClosedAt, \"Version\" = @Version";

    private const string InsertEvent =
        "INSERT INTO \"ticket_events\" (\"TicketId\", \"Sequence\", \"Kind\", \"At\", \"ActorObjectId\", \"ActorName\", \"ActorRole\", " +
        "\"ActorTier\", \"ActorIsLead\", \"FromState\", \"FromTier\", \"ToState\", \"ToTier\", \"AssigneeObjectId\", \"AssigneeName\", \"Note\", \"RequestId\") " +
        "VALUES (@TicketId, @Sequence, @Kind, @At, @ActorObjectId, @ActorName, @ActorRole, " +
        "@ActorTier, @ActorIsLead, @FromState, @FromTier, @ToState, @ToTier, @AssigneeObjectId, @AssigneeName, @Note, @RequestId)";

    // One statement per combination of the large columns a move replaced: most moves write none of them.
    private static readonly string[] Updates = [.. Enumerable.Range(0, 1 << 5).Select(UpdateSql)];

    /// <summary>
    /// Writes <paramref name="next"/> over <paramref name="current"/>'s row if that is still at
    /// <paramref name="current"/>'s version; false (and nothing written) when someone else moved it first. The
    /// requester, report, device facts and lists are written only when the move replaced them (they are immutable,
    /// so the same reference is the same value). Id, number and filing time never change.
    /// </summary>
    public static async Task<bool> UpdateAsync(AppDbContext db, Ticket current, Ticket next, CancellationToken ct)
    {
        var requester = !ReferenceEquals(current.Requester, next.Requester);
        var report = !ReferenceEquals(current.Report, next.Report);
        var devices = !ReferenceEquals(current.Devices, next.Devices);
        var notes = !ReferenceEquals(current.Notes, next.Notes);
        var handoffs = !ReferenceEquals(current.Handoffs, next.Handoffs);
        var variant = (requester ? 1 : 0) | (report ? 2 : 0) | (devices ? 4 : 0) | (notes ? 8 : 0) | (handoffs ? 16 : 0);
        // Only the statement's own parameters: SQLite is asked for the position of every value given, in vain for the others.
        List<(string Name, object? Value)> values =
        [
            ("Id", next.Id),
            ("ExpectedVersion", current.Version),
            ("Tier", next.Tier),
            ("State", next.State.ToString()),
            ("AssigneeObjectId", next.Assignee?.ObjectId),
            ("AssigneeName", next.Assignee?.Name),
            ("RootCause", next.RootCause),
            ("Fix", next.Fix),
            ("MicrosoftCaseNumber", next.MicrosoftCaseNumber),
            ("Resolution", next.Resolution),
            ("ResolvedTier", next.ResolvedTier),
            ("UpdatedAt", next.UpdatedAt.UtcTicks),
            ("ResolvedAt", next.ResolvedAt?.UtcTicks),
            ("ClosedAt", next.ClosedAt?.UtcTicks),
            ("Version", next.Version),
        ];
        if (requester)
        {
            values.AddRange([
                ("RequesterObjectId", next.Requester.ObjectId),
                ("RequesterTeamsUserId", next.Requester.TeamsUserId),
                ("RequesterName", next.Requester.DisplayName),
                ("RequesterLocale", next.Requester.Locale)]);
        }
        if (report)
        {
            values.Add(("ReportJson", JsonSerializer.Serialize(next.Report, TicketJsonContext.Default.TicketReport)));
        }
        if (devices)
        {
            values.Add(("DevicesJson", JsonSerializer.Serialize(next.Devices, TicketJsonContext.Default.DeviceFacts)));
        }
        if (notes)
        {
            values.Add(("NotesJson", JsonSerializer.Serialize(next.Notes, TicketJsonContext.Default.IReadOnlyListTicketNote)));
        }
        if (handoffs)
        {
            values.Add(("HandoffsJson", JsonSerializer.Serialize(next.Handoffs, TicketJsonContext.Default.IReadOnlyListHandoff)));
        }
        return await DirectSql.ExecuteAsync(db, Updates[variant], ct, [.. values]) == 1;
    }

    /// <summary>Appends one event to the ticket's history, with the client request that made it, if any.</summary>
    public static async Task AddEventAsync(AppDbContext db, string ticketId, TicketEvent happened, string? requestId, CancellationToken ct) =>
        await DirectSql.ExecuteAsync(db, InsertEvent, ct,
            ("TicketId", ticketId),
            ("Sequence", happened.Sequence),
            ("Kind", happened.Kind.ToString()),
            ("At", happened.At.UtcTicks),
            ("ActorObjectId", happened.By.ObjectId),
            ("ActorName", happened.By.Name),
            ("ActorRole", happened.By.Role.ToString()),
            ("ActorTier", happened.By.Tier),
            ("ActorIsLead", happened.By.IsLead),
            ("FromState", happened.FromState.ToString()),
            ("FromTier", happened.FromTier),
            ("ToState", happened.ToState.ToString()),
            ("ToTier", happened.ToTier),
            ("AssigneeObjectId", happened.Assignee?.ObjectId),
            ("AssigneeName", happened.Assignee?.Name),
            ("Note", happened.Note),
            ("RequestId", requestId));

    private static string UpdateSql(int variant)
    {
        var set = new List<string> { Always };
        if ((variant & 1) != 0)
        {
            set.Add("\"RequesterObjectId\" = @RequesterObjectId, \"RequesterTeamsUserId\" = @RequesterTeamsUserId, " +
                "\"RequesterName\" = @RequesterName, \"RequesterLocale\" = @RequesterLocale");
        }
        if ((variant & 2) != 0)
        {
            set.Add("\"ReportJson\" = @ReportJson");
        }
        if ((variant & 4) != 0)
        {
            set.Add("\"DevicesJson\" = @DevicesJson");
        }
        if ((variant & 8) != 0)
        {
            set.Add("\"NotesJson\" = @NotesJson");
        }
        if ((variant & 16) != 0)
        {
            set.Add("\"HandoffsJson\" = @HandoffsJson");
        }
        return $"UPDATE \"tickets\" SET {string.Join(", ", set)} WHERE \"Id\" = @Id AND \"Version\" = @ExpectedVersion";
    }
}
