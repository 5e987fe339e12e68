using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Tickets;

/// <summary>
/// The intake report as it was when the ticket was filed. Plain values only, so intake maps into it and the
/// ticket never changes when intake's vocabulary does. <see cref="Summary"/> is the user's masked text.
/// </summary>
public sealed record TicketReport
{
    public required string Summary { get; init; }

    /// <summary>"en" or "ko": the language the report is written in.</summary>
    public string Language { get; init; } = "en";

    public DevicePlatform Platform { get; init; }

    public EnrollmentMethod Method { get; init; }

    public IReadOnlyList<string> ErrorCodes { get; init; } = [];

    /// <summary>The catalog entry the matcher proposed, if any.</summary>
    public string? KnownIssueId { get; init; }

    public bool ManyAffected { get; init; }

    /// <summary>How many people or devices, when the user said.</summary>
    public int? AffectedEstimate { get; init; }

    /// <summary>Why the ticket is urgent (intake's urgency signal names); empty when it is not.</summary>
    public IReadOnlyList<string> UrgencyReasons { get; init; } = [];

    public string? Device { get; init; }

    /// <summary>When the problem started, in the user's words.</summary>
    public string? StartedWhen { get; init; }

    public IReadOnlyList<TicketAttachment> Attachments { get; init; } = [];

    public bool Urgent => UrgencyReasons.Count > 0;
}

public sealed record TicketAttachment(string Name, string Url);
