namespace IntuneSupportBot.Intake;

/// <summary>The routing policy's tiers, bound from the <c>Routing</c> section; the defaults are the support plan's.</summary>
public sealed class RoutingOptions
{
    public const string SectionName = "Routing";

    /// <summary>A known issue that affects many people starts at least at this tier.</summary>
    public int ManyAffectedMinimumTier { get; set; } = 2;

    /// <summary>An unknown problem described vaguely (no error code).</summary>
    public int UnknownVagueTier { get; set; } = 1;

    /// <summary>An unknown problem with a specific error code, one user.</summary>
    public int UnknownSpecificErrorTier { get; set; } = 2;

    /// <summary>An unknown problem that affects many people.</summary>
    public int UnknownManyAffectedTier { get; set; } = 3;

    public bool IsValid =>
        new[] { ManyAffectedMinimumTier, UnknownVagueTier, UnknownSpecificErrorTier, UnknownManyAffectedTier }.All(tier => tier is >= 1 and <= 4);
}
