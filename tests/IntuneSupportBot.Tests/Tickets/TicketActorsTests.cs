using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Graph;
using IntuneSupportBot.Tickets;
using Microsoft.Extensions.DependencyInjection;
using static IntuneSupportBot.Tests.Graph.SampleDirectoryConfiguration;
using static IntuneSupportBot.Tests.Tickets.TicketSamples;

namespace IntuneSupportBot.Tests.Tickets;

/// <summary>Who acts on a ticket, as the demo directory of the shipped appsettings.json knows them.</summary>
public sealed class TicketActorsTests
{
    private const string Tier2Lead = "2c1f70e1-ff11-4ba2-a320-920903a75885";

    private static async Task<Actor?> ActorAsync(TicketActors actors, Ticket ticket, string objectId, string name = "Someone") =>
        await actors.ForAsync(ticket, new ChannelAccount { Id = "29:" + objectId, AadObjectId = new string(objectId), Name = new string(name) }, CancellationToken.None);

    private static (ServiceProvider Services, TicketActors Actors) Actors()
    {
        var services = new ServiceCollection().AddLogging().AddDirectory(Load()).BuildServiceProvider();
        return (services, new TicketActors(services.GetRequiredService<IDirectory>()));
    }

    [Fact]
    public async Task Agents_are_known_by_the_tier_they_belong_to_whatever_the_tickets_tier()
    {
        var (services, actors) = Actors();
        await using var _ = services;

        var lead = await ActorAsync(actors, Filed(tier: 1), Tier2Lead);
        var agent = await ActorAsync(actors, Filed(tier: 2), JordanKim);

        Assert.Equal(ActorRole.Agent, lead!.Role);
        Assert.Equal(2, lead.Tier);
        Assert.True(lead.IsLead);
        Assert.Equal(1, agent!.Tier);
        Assert.False(agent.IsLead);
    }

    [Fact]
    public async Task The_requester_a_coordinator_and_a_stranger_are_told_apart()
    {
        var (services, actors) = Actors();
        await using var _ = services;
        var ticket = Filed();

        Assert.Equal(ActorRole.Requester, (await ActorAsync(actors, ticket, ticket.Requester.ObjectId))!.Role);
        Assert.Equal(ActorRole.Coordinator, (await ActorAsync(actors, ticket, Doyun))!.Role);
        Assert.Null(await ActorAsync(actors, ticket, "00000000-0000-0000-0000-000000000000"));
        Assert.Null(await actors.ForAsync(ticket, new ChannelAccount { Id = "29:x" }, CancellationToken.None));
    }

    [Fact]
    public async Task The_same_person_acting_again_is_the_same_actor_so_a_long_history_holds_one_copy_of_them()
    {
        var (services, actors) = Actors();
        await using var _ = services;
        var ticket = Filed();

        // Each press reads the person's id and name from its own activity: equal text, not the same strings.
        var first = await ActorAsync(actors, ticket, Seoyeon, "Seoyeon");
        var again = await ActorAsync(actors, ticket, Seoyeon, "Seoyeon");
        var renamed = await ActorAsync(actors, ticket, Seoyeon, "Seoyeon Lee");

        Assert.Same(first, again);
        Assert.NotSame(first, renamed);
        Assert.Equal("Seoyeon Lee", renamed!.Name);
    }
}
