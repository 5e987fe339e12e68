namespace IntuneSupportBot.Tests.Playground;

/// <summary>People and channels of the demo tenant in the repository's appsettings.json (Directory:Local).</summary>
public static class DemoTenant
{
    public const string DanaPark = "c14ce0b1-eb48-47ec-a872-f2da9c9bb3fe";
    public const string MichaelGrant = "b25e4ce3-f474-4265-bf48-1b0874fb6d5e";
    public const string MinjunKim = "caeb94d1-4baa-4a50-b4c3-1893177b53cc";

    /// <summary>Tier 1 member (이서연 is the lead).</summary>
    public const string JordanKim = "b73ac4a6-569c-4f9e-94cc-feda782e9f2d";

    /// <summary>Tier 2 lead.</summary>
    public const string PriyaNair = "2c1f70e1-ff11-4ba2-a320-920903a75885";

    public const string Tier1Channel = "19:4f1c2a7be0d94c6f8a3e5d9b7c21f0a1@thread.tacv2";
    public const string Tier2Channel = "19:8d2e6b0c4a1f47e3b9c5a7d1e3f60b22@thread.tacv2";
}
