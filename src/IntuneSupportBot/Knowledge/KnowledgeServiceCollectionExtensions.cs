namespace IntuneSupportBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>The known-issue catalog (loaded and validated once, from next to the app) and its matcher.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddSingleton(_ => KnownIssueCatalog.LoadFile(KnownIssueCatalog.DefaultPath));
        services.AddSingleton(provider => new KnownIssueMatcher(provider.GetRequiredService<KnownIssueCatalog>()));
        return services;
    }
}
