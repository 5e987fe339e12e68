namespace LoadDriver;

/// <summary>
/// The tier agents of the demo directory in the repository's appsettings.json (Directory:Local): the bot only
/// lets members of a ticket's tier press its buttons, so the claim scenario acts as them.
/// </summary>
public static class DemoDirectory
{
    private static readonly Dictionary<int, TierAgent[]> Tiers = new()
    {
        [1] =
        [
            new("dd6992c5-3d62-4297-a876-9b3e04c0642a", "이서연"),
            new("b73ac4a6-569c-4f9e-94cc-feda782e9f2d", "Jordan Kim"),
            new("bd9e0a27-f9fb-4bd6-86fe-a8b412fae820", "박지훈"),
        ],
        [2] =
        [
            new("2c1f70e1-ff11-4ba2-a320-920903a75885", "Priya Nair"),
            new("21395a27-c37f-4547-aa89-f19d7f527063", "최유나"),
        ],
        [3] =
        [
            new("a1eb79fc-f2f4-4be2-b534-d949f352cf73", "정하늘"),
            new("1dfa6b09-15bb-4915-83e6-c5580de223d7", "Alex Morgan"),
        ],
    };

    /// <summary>The agent virtual agent <paramref name="index"/> acts as: the tier's members taken in turn.</summary>
    public static TierAgent? AgentOf(int tier, int index) =>
        Tiers.TryGetValue(tier, out var members) ? members[index % members.Length] : null;
}
