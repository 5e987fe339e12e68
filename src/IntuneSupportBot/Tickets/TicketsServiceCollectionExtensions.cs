using IntuneSupportBot.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Tickets;

public static class TicketsServiceCollectionExtensions
{
    /// <summary>The workflow with its options from section "Tickets" (checked at start-up) and the store; needs <c>AddDatabase</c>.</summary>
    public static IServiceCollection AddTickets(this IServiceCollection services)
    {
        services.AddOptions<TicketOptions>().BindConfiguration(TicketOptions.SectionName)
            .Validate(o => o.IsValid, "Tickets: the quiet period, reopen window, retry interval and cache size must be positive and IdPrefix 1-10 capital letters A-Z.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new TicketWorkflow(provider.GetRequiredService<IOptions<TicketOptions>>().Value));
        // One process owns the SQLite file (the only provider so far), so tickets can be served from memory.
        services.AddSingleton(provider => new TicketCache(provider.GetRequiredService<IOptions<TicketOptions>>().Value.CacheEntries));
        services.AddSingleton(provider => new TicketCopyCache(provider.GetRequiredService<IOptions<TicketOptions>>().Value.CacheEntries));
        services.AddSingleton<TicketRequests>();
        services.AddSingleton<TicketStore>();
        return services;
    }

    /// <summary>The desk and the card-action handlers: tickets as Teams shows them.</summary>
    public static IServiceCollection AddTicketDesk(this IServiceCollection services)
    {
        services.AddSingleton<TicketViews>();
        services.AddSingleton<UrgentTicketAlert>();
        services.AddSingleton<TicketDesk>();
        services.AddSingleton<ICopyCards, TicketCopyCards>();
        services.AddSingleton<DeviceContextRetry>();
        services.AddHostedService(provider => provider.GetRequiredService<DeviceContextRetry>());
        services.AddSingleton<TicketActors>();
        services.AddSingleton<AgentCardActions>();
        services.AddSingleton<RequesterCardActions>();
        return services;
    }
}
