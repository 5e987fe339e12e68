using IntuneSupportBot.BotFramework.Authentication;

namespace IntuneSupportBot.Diagnostics;

/// <summary>What a bot identity lacks for its <see cref="BotAppType"/>, each with the setting that supplies it.</summary>
internal static class BotIdentitySettings
{
    public static IReadOnlyList<(string Problem, string Fix)> Problems(BotOptions bot)
    {
        var problems = new List<(string Problem, string Fix)>();
        if (!Guid.TryParse(bot.AppId, out _))
        {
            problems.Add(($"Bot:AppId '{bot.AppId}' is not a GUID.",
                "set Bot:AppId to the Application (client) ID of the app registration, or the client ID of the managed identity."));
        }

        if (bot.AppType != BotAppType.MultiTenant && string.IsNullOrWhiteSpace(bot.TenantId))
        {
            problems.Add(($"Bot:TenantId is empty; a {bot.AppType} bot needs it.",
                "set Bot:TenantId to the Directory (tenant) ID shown on the app registration's overview page."));
        }
        else if (!string.IsNullOrWhiteSpace(bot.TenantId) && !Guid.TryParse(bot.TenantId, out _))
        {
            // Activities name their tenant by id; with a domain name here every one of them would be refused as foreign.
            problems.Add(($"Bot:TenantId '{bot.TenantId}' is not a GUID.",
                "set Bot:TenantId to the Directory (tenant) ID shown on the app registration's overview page, not a domain name."));
        }

        if (bot.AppType == BotAppType.UserAssignedMSI)
        {
            return problems;
        }

        if (string.IsNullOrWhiteSpace(bot.ClientSecret) && string.IsNullOrWhiteSpace(bot.CertificatePath))
        {
            problems.Add(($"a {bot.AppType} bot needs a credential, and Bot:ClientSecret and Bot:CertificatePath are both empty.",
                "store the client secret in Key Vault and reference it from the Bot__ClientSecret app setting (deploy.md sections 1a and 3), or set Bot:CertificatePath."));
        }
        else if (!string.IsNullOrWhiteSpace(bot.CertificatePath) && !File.Exists(bot.CertificatePath))
        {
            problems.Add(($"Bot:CertificatePath '{bot.CertificatePath}' does not exist.",
                "point Bot:CertificatePath at the PFX or PEM file holding the certificate and its private key."));
        }

        return problems;
    }
}
