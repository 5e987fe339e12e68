using IntuneSupportBot.Tickets;
using Microsoft.Extensions.Time.Testing;

namespace IntuneSupportBot.Tests.Tickets;

/// <summary>The recent requests a redelivery is recognized by: per ticket, actor and request id, for a window, at most so many.</summary>
public sealed class TicketRequestsTests
{
    private readonly FakeTimeProvider _clock = new(TicketSamples.Start);

    [Fact]
    public void A_request_is_found_by_its_ticket_actor_and_id_only()
    {
        var requests = new TicketRequests(_clock);

        requests.Remember("INT-1", "agent-dana", "f:1", 4);

        Assert.Equal(4, requests.Find("INT-1", "agent-dana", "f:1"));
        Assert.Null(requests.Find("INT-2", "agent-dana", "f:1"));
        Assert.Null(requests.Find("INT-1", "agent-minho", "f:1"));
        Assert.Null(requests.Find("INT-1", "agent-dana", "f:2"));
    }

    [Fact]
    public void A_request_is_forgotten_once_its_window_has_passed()
    {
        var requests = new TicketRequests(_clock);
        requests.Remember("INT-1", "agent-dana", "f:1", 4);

        _clock.Advance(TicketRequests.Window - TimeSpan.FromSeconds(1));
        requests.Remember("INT-1", "agent-dana", "f:2", 5);
        Assert.Equal(4, requests.Find("INT-1", "agent-dana", "f:1"));

        _clock.Advance(TimeSpan.FromSeconds(1));
        requests.Remember("INT-1", "agent-dana", "f:3", 6);
        Assert.Null(requests.Find("INT-1", "agent-dana", "f:1"));
        Assert.Equal(5, requests.Find("INT-1", "agent-dana", "f:2"));
    }

    [Fact]
    public void Past_the_most_it_remembers_the_oldest_are_forgotten_first()
    {
        var requests = new TicketRequests(_clock);

        for (var i = 0; i <= TicketRequests.MaxRemembered + 1; i++)
        {
            requests.Remember("INT-1", "agent-dana", $"f:{i}", i + 2);
        }

        Assert.Null(requests.Find("INT-1", "agent-dana", "f:0"));
        Assert.Equal(3, requests.Find("INT-1", "agent-dana", "f:1"));
        Assert.Equal(TicketRequests.MaxRemembered + 3, requests.Find("INT-1", "agent-dana", $"f:{TicketRequests.MaxRemembered + 1}"));
    }
}
