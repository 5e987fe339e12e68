namespace IntuneSupportBot.BotFramework.Authentication;

/// <summary>Where a token's keys come from and which extra checks apply, chosen by its (unvalidated) issuer.</summary>
internal sealed record TokenRoute(string MetadataUrl, IReadOnlyList<string> ValidIssuers, bool IsBotConnector)
{
    public static TokenRoute? ForIssuer(string? issuer, BotOptions bot)
    {
        if (string.IsNullOrEmpty(issuer))
        {
            return null;
        }

        if (string.Equals(issuer, bot.BotFrameworkIssuer, StringComparison.Ordinal))
        {
            return new TokenRoute(bot.BotFrameworkOpenIdMetadataUrl, [bot.BotFrameworkIssuer], IsBotConnector: true);
        }

        if (string.IsNullOrWhiteSpace(bot.TenantId))
        {
            return null;
        }

        // Entra writes tenant ids in lower case; configuration may not.
        var tenant = bot.TenantId.Trim().ToLowerInvariant();
        string[] entraIssuers = [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"];
        return entraIssuers.Contains(issuer, StringComparer.Ordinal)
            ? new TokenRoute(bot.EntraOpenIdMetadataUrl.Replace("{tenant}", tenant, StringComparison.Ordinal), entraIssuers, IsBotConnector: false)
            : null;
    }
}
