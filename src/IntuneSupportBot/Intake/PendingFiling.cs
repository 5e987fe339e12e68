namespace IntuneSupportBot.Intake;

/// <summary>One recorded intake as <c>status</c> lists it; the outcome itself is stored under <see cref="Key"/>.</summary>
public sealed record PendingFiling(string Reference, string Key, DateTimeOffset RecordedAt, bool Deflected, int? Tier, bool Urgent, string? KnownIssueId);

/// <summary>The per-conversation list of recorded intakes and the counters that number their keys.</summary>
public sealed record FilingIndex
{
    public int Filed { get; init; }

    public int Deflected { get; init; }

    public IReadOnlyList<PendingFiling> Items { get; init; } = [];
}

/// <summary>The stored document of one pending filing or deflection.</summary>
public sealed record RecordedIntake(string Reference, DateTimeOffset RecordedAt, IntakeOutcome Outcome);
