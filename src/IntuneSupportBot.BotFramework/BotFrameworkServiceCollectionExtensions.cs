using IntuneSupportBot.BotFramework.Authentication;
using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.BotFramework.State;
using IntuneSupportBot.BotFramework.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IntuneSupportBot.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// The protocol layer: options from the <c>Bot</c> section, inbound authentication, the Bot Connector client,
    /// state on the registered <see cref="IStorage"/>, and the adapter with its standard middleware
    /// (log scope, de-duplication, conversation references). The app adds state auto-save next
    /// (<see cref="AddBotStateAutoSave"/>), then its own middleware.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotAuthentication();
        services.AddBotConnector();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ITurnMiddleware, ActivityLogScopeMiddleware>();
        services.AddSingleton<ITurnMiddleware, DeduplicationMiddleware>();
        services.AddSingleton<ITurnMiddleware, ConversationReferenceMiddleware>();
        services.AddSingleton<CloudAdapter>();
        return services;
    }

    /// <summary>Loads conversation and user state before what follows and saves them after the bot.</summary>
    public static IServiceCollection AddBotStateAutoSave(this IServiceCollection services) =>
        services.AddSingleton<ITurnMiddleware>(provider => new AutoSaveStateMiddleware(
            provider.GetRequiredService<ConversationState>(), provider.GetRequiredService<UserState>()));

    /// <summary>The messaging endpoint. A client hanging up does not cancel a turn half-way; shutdown does.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        var stopping = endpoints.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        return endpoints.MapPost(pattern, (HttpContext http, CloudAdapter adapter, IBot bot) => adapter.ProcessAsync(http, bot, stopping));
    }
}
