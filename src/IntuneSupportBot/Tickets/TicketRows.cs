using System.Text.Json;
using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;

namespace IntuneSupportBot.Tickets;

/// <summary>Between the immutable ticket and its rows.</summary>
internal static class TicketRows
{
    public static TicketRow From(Ticket ticket) => new()
    {
        Id = ticket.Id,
        Number = ticket.Number,
        RequesterObjectId = ticket.Requester.ObjectId,
        RequesterTeamsUserId = ticket.Requester.TeamsUserId,
        RequesterName = ticket.Requester.DisplayName,
        RequesterLocale = ticket.Requester.Locale,
        ReportJson = JsonSerializer.Serialize(ticket.Report, TicketJsonContext.Default.TicketReport),
        DevicesJson = JsonSerializer.Serialize(ticket.Devices, TicketJsonContext.Default.DeviceFacts),
        NotesJson = JsonSerializer.Serialize(ticket.Notes, TicketJsonContext.Default.IReadOnlyListTicketNote),
        HandoffsJson = JsonSerializer.Serialize(ticket.Handoffs, TicketJsonContext.Default.IReadOnlyListHandoff),
        Tier = ticket.Tier,
        State = ticket.State,
        AssigneeObjectId = ticket.Assignee?.ObjectId,
        AssigneeName = ticket.Assignee?.Name,
        RootCause = ticket.RootCause,
        Fix = ticket.Fix,
        MicrosoftCaseNumber = ticket.MicrosoftCaseNumber,
        Resolution = ticket.Resolution,
        ResolvedTier = ticket.ResolvedTier,
        CreatedAt = ticket.CreatedAt,
        UpdatedAt = ticket.UpdatedAt,
        ResolvedAt = ticket.ResolvedAt,
        ClosedAt = ticket.ClosedAt,
        Version = ticket.Version,
    };

    public static Ticket ToTicket(TicketRow row, IEnumerable<TicketEventRow> history) => new()
    {
        Id = row.Id,
        Number = row.Number,
        Requester = new Requester(row.RequesterObjectId, row.RequesterTeamsUserId, row.RequesterName, row.RequesterLocale),
        Report = Read(row.ReportJson, TicketJsonContext.Default.TicketReport),
        Devices = Read(row.DevicesJson, TicketJsonContext.Default.DeviceFacts),
        Notes = Read(row.NotesJson, TicketJsonContext.Default.IReadOnlyListTicketNote),
        Handoffs = Read(row.HandoffsJson, TicketJsonContext.Default.IReadOnlyListHandoff),
        Tier = row.Tier,
        State = row.State,
        Assignee = PersonOf(row.AssigneeObjectId, row.AssigneeName),
        RootCause = row.RootCause,
        Fix = row.Fix,
        MicrosoftCaseNumber = row.MicrosoftCaseNumber,
        Resolution = row.Resolution,
        ResolvedTier = row.ResolvedTier,
        CreatedAt = row.CreatedAt,
        UpdatedAt = row.UpdatedAt,
        ResolvedAt = row.ResolvedAt,
        ClosedAt = row.ClosedAt,
        History = [.. history.OrderBy(e => e.Sequence).Select(ToEvent)],
        Version = row.Version,
    };

    private static TicketEvent ToEvent(TicketEventRow row) => new(
        row.Sequence,
        row.Kind,
        new Actor(row.ActorObjectId, row.ActorName, row.ActorRole, row.ActorTier, row.ActorIsLead),
        row.At,
        row.FromState,
        row.FromTier,
        row.ToState,
        row.ToTier,
        PersonOf(row.AssigneeObjectId, row.AssigneeName),
        row.Note);

    private static Person? PersonOf(string? objectId, string? name) => objectId is null ? null : new Person(objectId, name ?? "");

    private static T Read<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(json, type) ?? throw new JsonException($"A ticket column holds JSON null where {typeof(T).Name} was expected.");
}
