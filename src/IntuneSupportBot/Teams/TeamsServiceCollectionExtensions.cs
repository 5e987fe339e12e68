using IntuneSupportBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntuneSupportBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// The outbound path to Teams: <see cref="TeamsMessenger"/> and <see cref="Outbox"/> for writers, the dispatcher
    /// that sends, the commit hook that wakes it, and the clean-up of finished messages. Expects the database and the
    /// Bot Connector to be registered.
    /// </summary>
    public static IServiceCollection AddTeamsMessaging(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.MaxParallelThreads > 0 && o.MaxAttempts > 0
                           && o.BackoffBase > TimeSpan.Zero && o.BackoffCap >= o.BackoffBase && o.StopGrace >= TimeSpan.Zero,
                "Outbox needs PollInterval > 0, MaxParallelThreads > 0, MaxAttempts > 0, BackoffBase > 0, BackoffCap >= BackoffBase and StopGrace >= 0.")
            .Validate(o => o.KeepSentFor > TimeSpan.Zero && o.KeepFailedFor > TimeSpan.Zero
                           && o.CleanupInterval > TimeSpan.Zero && o.CleanupInterval <= TimeSpan.FromDays(1),
                "Outbox needs KeepSentFor > 0, KeepFailedFor > 0, and CleanupInterval > 0 and <= 1 day.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxCommitInterceptor>();
        services.ConfigureDbContext<AppDbContext>((provider, db) => db.AddInterceptors(provider.GetRequiredService<OutboxCommitInterceptor>()));
        services.AddSingleton<WaitingRefreshes>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<OutboxQueue>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<TeamsMessenger>();
        services.AddSingleton<TeamsIdBook>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddSingleton<OutboxCleanup>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxCleanup>());
        return services;
    }
}
