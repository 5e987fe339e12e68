namespace LoadDriver;

/// <summary>What every virtual user of a run shares.</summary>
public sealed record RunContext(
    DriverOptions Options,
    Uri Target,
    HttpClient Http,
    TeamsActivityWriter Writer,
    PendingTurns Pending,
    RunWindow Window,
    RunCounters Counters,
    TimeProvider Clock);
