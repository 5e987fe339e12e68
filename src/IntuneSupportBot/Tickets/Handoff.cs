namespace IntuneSupportBot.Tickets;

/// <summary>What a tier passes up when it escalates: what it checked and what it found.</summary>
public sealed record Handoff(int FromTier, int ToTier, Person By, DateTimeOffset At, string Checked, string Found);
