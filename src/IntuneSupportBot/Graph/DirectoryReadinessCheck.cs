using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models.ODataErrors;

namespace IntuneSupportBot.Graph;

/// <summary>
/// Ready when every tier's channel resolves and every tier's members can be read: a wrong channel name or an
/// unreachable Graph keeps the bot out of rotation with a message that says what to fix.
/// </summary>
internal sealed class DirectoryReadinessCheck(IDirectory directory, IOptions<DirectoryOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var configured = options.Value;
        var tiers = configured.HasGraphCredentials
            ? configured.Tiers.Select(tier => tier.Tier)
            : configured.Local.Tiers.Select(tier => tier.Tier);
        try
        {
            foreach (var tier in tiers)
            {
                await directory.GetTierChannelAsync(tier, cancellationToken);
                await directory.GetTierMembersAsync(tier, cancellationToken);
            }

            return HealthCheckResult.Healthy();
        }
        catch (TierChannelNotFoundException exception)
        {
            return HealthCheckResult.Unhealthy(exception.Message, exception);
        }
        catch (ODataError exception)
        {
            return HealthCheckResult.Unhealthy($"Microsoft Graph refused the directory read (HTTP {exception.ResponseStatusCode}, {exception.Error?.Code}).", exception);
        }
        catch (Exception exception) when (GraphFaults.IsOutage(exception, cancellationToken))
        {
            return HealthCheckResult.Unhealthy("Microsoft Graph could not be reached or kept failing after retries.", exception);
        }
    }
}
