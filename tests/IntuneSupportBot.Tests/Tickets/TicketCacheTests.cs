using IntuneSupportBot.Tickets;
using static IntuneSupportBot.Tests.Tickets.TicketSamples;

namespace IntuneSupportBot.Tests.Tickets;

public sealed class TicketCacheTests
{
    [Fact]
    public void A_commit_that_finishes_after_a_newer_one_does_not_replace_it()
    {
        using var cache = new TicketCache(entries: 10);
        var filed = Filed();
        var claimed = Drive(filed, (new TicketCommand.Claim(), Alice));

        cache.Remember(claimed);
        cache.Remember(filed);

        Assert.Same(claimed, cache.Find(filed.Id));
        Assert.Null(cache.Find("INT-1002"));
    }

    [Fact]
    public void Beyond_its_size_it_forgets_rather_than_grows()
    {
        using var cache = new TicketCache(entries: 2);
        var tickets = Enumerable.Range(1, 50).Select(i => Filed() with { Id = $"INT-{1000 + i}" }).ToList();

        tickets.ForEach(cache.Remember);

        Assert.InRange(tickets.Count(t => cache.Find(t.Id) is not null), 0, 2);
    }
}
