namespace IntuneSupportBot.Intake;

/// <summary>The stored document of a deflection: the intake that the known fix resolved without a ticket.</summary>
public sealed record RecordedIntake(string Key, DateTimeOffset RecordedAt, IntakeOutcome Outcome);
