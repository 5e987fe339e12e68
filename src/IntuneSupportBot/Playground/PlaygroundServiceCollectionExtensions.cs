using IntuneSupportBot.BotFramework.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Playground;

public static class PlaygroundServiceCollectionExtensions
{
    /// <summary>
    /// The local playground's parts: the in-memory feed, Direct Line tokens, the relay and the loopback channel that
    /// posts to the host's own <c>/api/messages</c>. Harmless outside local mode: nothing is mapped there.
    /// </summary>
    public static IServiceCollection AddPlayground(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PlaygroundFeed>();
        services.AddSingleton<PlaygroundDirectory>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<FeedEventStream>();
        services.AddTransient<DirectLineRelay>();
        services.AddTransient<PlaygroundInvoke>();
        // A turn can take a while (directory look-ups, several sends); Teams gives up after 15 s, a person waits longer.
        services.AddHttpClient<PlaygroundChannel>(http => http.Timeout = TimeSpan.FromSeconds(100));
        return services;
    }

    /// <summary>
    /// In local mode only: the page at <c>/</c>, the Bot Connector routes the bot answers to (<c>/_connector/v3</c>),
    /// the Direct Line endpoint Web Chat talks to (<c>/v3/directline</c>) and the page's API (<c>/playground/…</c>).
    /// With a bot identity configured none of them exist.
    /// </summary>
    public static IEndpointRouteBuilder MapPlayground(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value.IsLocalMode)
        {
            return endpoints;
        }
        ConnectorRoutes.Map(endpoints);
        DirectLineRoutes.Map(endpoints);
        PlaygroundRoutes.Map(endpoints);
        return endpoints;
    }
}
