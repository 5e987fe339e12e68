using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace IntuneSupportBot.Graph;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IDirectory"/> from section "Directory": Microsoft Graph when credentials are configured, otherwise the
    /// local demo tenant (announced at start-up). Adds the "directory" health check, tagged "ready".
    /// </summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectoryOptions>().Bind(configuration.GetSection(DirectoryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectoryOptions>, DirectoryOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DirectoryOptions>>().Value;
            return GraphClientBuilder.Build(options, GraphClientBuilder.CreateCredential(options));
        });

        // No silent fallback: with credentials the bot talks to Graph, and Graph failures surface as errors.
        services.AddSingleton<IDirectory>(provider =>
            provider.GetRequiredService<IOptions<DirectoryOptions>>().Value.HasGraphCredentials
                ? ActivatorUtilities.CreateInstance<GraphDirectory>(provider, provider.GetRequiredService<GraphServiceClient>())
                : ActivatorUtilities.CreateInstance<LocalDirectory>(provider));

        services.AddHostedService<DirectoryAnnouncement>();
        services.AddHealthChecks().AddCheck<DirectoryReadinessCheck>("directory", tags: ["ready"]);
        return services;
    }
}
