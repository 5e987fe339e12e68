using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;

namespace IntuneSupportBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// The outbound path to Teams: <see cref="TeamsMessenger"/> and <see cref="Outbox"/> for writers, the dispatcher
    /// that sends, and the commit hook that wakes it. Expects the database and the Bot Connector to be registered.
    /// </summary>
    public static IServiceCollection AddTeamsMessaging(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.MaxParallelThreads > 0 && o.MaxAttempts > 0
                           && o.BackoffBase > TimeSpan.Zero && o.BackoffCap >= o.BackoffBase && o.StopGrace >= TimeSpan.Zero,
                "Outbox needs PollInterval > 0, MaxParallelThreads > 0, MaxAttempts > 0, BackoffBase > 0, BackoffCap >= BackoffBase and StopGrace >= 0.")
            .ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxCommitInterceptor>();
        services.ConfigureDbContext<AppDbContext>((provider, db) => db.AddInterceptors(provider.GetRequiredService<OutboxCommitInterceptor>()));
        services.AddSingleton<Outbox>();
        services.AddSingleton<OutboxQueue>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<TeamsMessenger>();
        services.AddSingleton<TeamsIdBook>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
