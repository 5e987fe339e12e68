namespace IntuneSupportBot.BotFramework.State;

/// <summary>The one statement of the ETag contract, shared by every <see cref="IStorage"/> implementation.</summary>
public static class ETagRules
{
    /// <param name="expected">The ETag the writer read: null to create, "*" to overwrite.</param>
    /// <param name="stored">The ETag now stored; null when the key does not exist.</param>
    public static bool Allows(string? expected, string? stored) => expected switch
    {
        StoreItem.AnyETag => true,
        null => stored is null,
        _ => stored is not null && string.Equals(expected, stored, StringComparison.Ordinal),
    };
}
