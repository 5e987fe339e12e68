using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Tickets;

public static class TicketsServiceCollectionExtensions
{
    /// <summary>The workflow with its options from section "Tickets" (checked at start-up) and the store; needs <c>AddDatabase</c>.</summary>
    public static IServiceCollection AddTickets(this IServiceCollection services)
    {
        services.AddOptions<TicketOptions>().BindConfiguration(TicketOptions.SectionName)
            .Validate(o => o.IsValid, "Tickets: the quiet period and reopen window must be positive and IdPrefix 1-10 capital letters A-Z.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new TicketWorkflow(provider.GetRequiredService<IOptions<TicketOptions>>().Value));
        services.AddSingleton<TicketStore>();
        return services;
    }

    /// <summary>The desk and the card-action handlers: tickets as Teams shows them.</summary>
    public static IServiceCollection AddTicketDesk(this IServiceCollection services)
    {
        services.AddSingleton<TicketViews>();
        services.AddSingleton<UrgentTicketAlert>();
        services.AddSingleton<TicketDesk>();
        services.AddSingleton<DeviceContextRetry>();
        services.AddHostedService(provider => provider.GetRequiredService<DeviceContextRetry>());
        services.AddSingleton<TicketActors>();
        services.AddSingleton<AgentCardActions>();
        services.AddSingleton<RequesterCardActions>();
        return services;
    }
}
