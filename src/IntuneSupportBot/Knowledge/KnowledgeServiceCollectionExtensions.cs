namespace IntuneSupportBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// The known-issue catalog and its matcher. The catalog is loaded and validated here, so a bad file stops the
    /// app at start-up with the entry at fault named, not at the first user's message.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, string? catalogPath = null)
    {
        var catalog = KnownIssueCatalog.LoadFile(catalogPath ?? KnownIssueCatalog.DefaultPath);
        services.AddSingleton(catalog);
        services.AddSingleton(new KnownIssueMatcher(catalog));
        return services;
    }
}
