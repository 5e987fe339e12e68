using IntuneSupportBot.Intake;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Tests.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Tests.Intake;

public sealed class IntakeRegistrationTests
{
    [Fact]
    public void The_routing_tiers_are_read_from_the_Routing_section()
    {
        using var provider = Services(new() { ["Routing:UnknownVagueTier"] = "2" });

        var decision = provider.GetRequiredService<RoutingPolicy>().Route(new IntakeReport { Text = "help" }, best: null);

        Assert.Equal(2, decision.Tier);
        Assert.Equal(14, provider.GetRequiredService<KnownIssueCatalog>().Issues.Count);
        Assert.NotNull(provider.GetRequiredService<KnownIssueMatcher>());
    }

    [Fact]
    public void A_tier_outside_1_to_4_is_refused()
    {
        using var provider = Services(new() { ["Routing:UnknownManyAffectedTier"] = "7" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RoutingPolicy>());

        Assert.Contains("between 1 and 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_catalog_stops_the_registration()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        Assert.Throws<FileNotFoundException>(() => new ServiceCollection().AddKnowledge(path));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddKnowledge(TestCatalog.Path).AddIntake(configuration).BuildServiceProvider();
    }
}
