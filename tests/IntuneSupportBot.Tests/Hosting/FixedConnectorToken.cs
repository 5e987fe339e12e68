using Azure.Core;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Tests.Hosting;

/// <summary>
/// Test input for the outbound token: Entra cannot be reached here, so the bot's credential is replaced by one
/// that hands out a known token; the connector stub then checks it arrived.
/// </summary>
public static class FixedConnectorToken
{
    public static IServiceCollection AddFixedConnectorToken(this IServiceCollection services, string token) =>
        services.AddSingleton<TokenCredential>(new FixedTokenCredential(token));
}
