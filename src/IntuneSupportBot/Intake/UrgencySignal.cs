namespace IntuneSupportBot.Intake;

/// <summary>
/// Facts that make a ticket urgent. Self-declared urgency ("ASAP", "급해요") is not one: everyone says it.
/// </summary>
public enum UrgencySignal
{
    Executive,
    GoLiveToday,
    RolloutWaveBlocked,
    ProductionDown,
}
