namespace IntuneSupportBot.Tickets;

/// <summary>A ticket's table row; lists that are only ever read whole (report, devices, notes, handoffs) are JSON text.</summary>
public sealed class TicketRow
{
    public required string Id { get; set; }

    public int Number { get; set; }

    public required string RequesterObjectId { get; set; }

    public required string RequesterTeamsUserId { get; set; }

    public required string RequesterName { get; set; }

    public required string RequesterLocale { get; set; }

    public required string ReportJson { get; set; }

    public required string DevicesJson { get; set; }

    public required string NotesJson { get; set; }

    public required string HandoffsJson { get; set; }

    public int Tier { get; set; }

    public TicketState State { get; set; }

    public string? AssigneeObjectId { get; set; }

    public string? AssigneeName { get; set; }

    public string? RootCause { get; set; }

    public string? Fix { get; set; }

    public string? MicrosoftCaseNumber { get; set; }

    public string? Resolution { get; set; }

    public int? ResolvedTier { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public int Version { get; set; }
}
