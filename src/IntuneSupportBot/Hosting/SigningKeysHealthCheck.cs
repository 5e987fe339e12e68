using IntuneSupportBot.BotFramework.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Hosting;

/// <summary>Ready only when the Bot Framework signing keys can be loaded (skipped in local mode).</summary>
public sealed class SigningKeysHealthCheck(BotTokenValidator validator, IOptions<BotOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.IsLocalMode)
        {
            return HealthCheckResult.Healthy("Local mode: inbound tokens are not checked.");
        }
        return await validator.SigningKeysLoadedAsync(cancellationToken)
            ? HealthCheckResult.Healthy("Bot Framework signing keys are loaded.")
            : HealthCheckResult.Unhealthy("The Bot Framework signing keys cannot be loaded; check Bot:BotFrameworkOpenIdMetadataUrl and outbound network access.");
    }
}
