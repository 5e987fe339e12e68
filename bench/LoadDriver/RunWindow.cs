namespace LoadDriver;

/// <summary>
/// The measured part of a run, in <see cref="TimeProvider"/> timestamps: turns completing before
/// <see cref="From"/> are warm-up; no turn starts at or after <see cref="Until"/>.
/// </summary>
public sealed record RunWindow(long From, long Until)
{
    /// <summary>Before the run starts (the claim scenario's set-up): nothing is measured yet.</summary>
    public static RunWindow NotOpen { get; } = new(long.MaxValue, long.MaxValue);

    public bool Measures(long timestamp) => timestamp >= From && timestamp <= Until;

    public bool Admits(long now) => now < Until;
}
