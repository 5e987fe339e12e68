using Azure.Core;
using IntuneSupportBot.BotFramework.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.BotFramework.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ConnectorClient"/> with its token, trust, retry and pacing parts. Expects
    /// <see cref="BotOptions"/> to be bound elsewhere; binds <see cref="ConnectorOptions"/> from <c>Bot:Connector</c>.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.SectionName)
            .Validate(o => o.IsValid,
                "Bot:Connector needs MaxRetryAttempts >= 0, AttemptTimeout > 0, TotalTimeout >= AttemptTimeout, AppCallsPerSecond >= 0 " +
                "and every ThreadLimits entry with Sends > 0 and Window > 0.")
            .ValidateOnStart();

        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton<SendPacer>();

        // The factory only runs when something resolves it, which ConnectorTokenProvider does only outside local
        // mode; a TokenCredential registered by the host or a test takes precedence.
        services.TryAddSingleton<TokenCredential>(sp => BotCredentialFactory.Create(sp.GetRequiredService<IOptions<BotOptions>>().Value));
        services.TryAddSingleton(sp =>
        {
            var bot = sp.GetRequiredService<IOptions<BotOptions>>().Value;
            var credential = bot.IsLocalMode ? null : sp.GetRequiredService<TokenCredential>();
            return new ConnectorTokenProvider(credential, bot.ConnectorScope, sp.GetRequiredService<TimeProvider>());
        });

        // Retry outermost, token inside: every attempt gets a token that is valid at that moment.
        // The adapter is a singleton holding this client, so the handler lives as long as the app and the
        // connection pool recycles connections itself (DNS changes of the Bot Connector hosts are picked up).
        // The client logs its own failures; the factory's per-request log lines are left out of this hot path.
        var client = services.AddHttpClient<ConnectorClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        client.AddResilienceHandler(ConnectorResilience.PipelineName, (builder, context) =>
            ConnectorResilience.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value));
        client.AddHttpMessageHandler(sp => new ConnectorAuthHandler(sp.GetRequiredService<ConnectorTokenProvider>(), sp.GetRequiredService<ServiceUrlPolicy>()));

        return services;
    }
}
