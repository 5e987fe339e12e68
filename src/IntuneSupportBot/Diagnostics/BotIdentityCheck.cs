using Azure.Core;
using Azure.Identity;
using IntuneSupportBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Diagnostics;

/// <summary>
/// The bot's Entra identity is complete for its app type and usable: the registered credential gets a Bot Connector
/// token, which is exactly what the bot needs before its first reply.
/// </summary>
internal sealed class BotIdentityCheck(IOptions<BotOptions> options, IServiceProvider services) : IPreflightCheck
{
    private const string Name = "Bot identity";

    public async Task<IReadOnlyList<DoctorCheck>> RunAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (bot.IsLocalMode)
        {
            return [DoctorCheck.Skip(Name, "local mode: no Bot:AppId.")];
        }

        if (BotIdentitySettings.Problems(bot) is { Count: > 0 } problems)
        {
            return [DoctorCheck.Fail(Name, Sentences(problems.Select(problem => problem.Problem)), Sentences(problems.Select(problem => problem.Fix)))];
        }

        try
        {
            // Resolved only now: the credential factory throws for the incomplete identities reported above.
            var credential = services.GetRequiredService<TokenCredential>();
            await credential.GetTokenAsync(new TokenRequestContext([bot.ConnectorScope]), cancellationToken);
        }
        catch (AuthenticationFailedException exception)
        {
            return [EntraErrors.ToCheck(Name, exception, "Bot", "AppId", bot.AuthorityHost)];
        }

        var detail = $"{bot.AppType} bot {bot.AppId} got a token for {bot.ConnectorScope}.";
        return bot.AppType switch
        {
            BotAppType.MultiTenant => [DoctorCheck.Warn(Name, detail + " Multi-tenant Azure Bot resources cannot be created since 2025-07-31.",
                "plan a move to a SingleTenant app registration or a UserAssignedMSI identity (deploy.md section 1).")],
            BotAppType.UserAssignedMSI when HasAppCredential(bot) => [DoctorCheck.Warn(Name, detail + " Bot:ClientSecret or Bot:CertificatePath is set but a managed identity ignores it.",
                "remove the unused secret or certificate setting so nobody rotates a credential that does nothing.")],
            _ => [DoctorCheck.Ok(Name, detail)],
        };
    }

    private static string Sentences(IEnumerable<string> parts) => string.Join("; ", parts.Select(part => part.TrimEnd('.'))) + ".";

    private static bool HasAppCredential(BotOptions bot) =>
        !string.IsNullOrWhiteSpace(bot.ClientSecret) || !string.IsNullOrWhiteSpace(bot.CertificatePath);
}
