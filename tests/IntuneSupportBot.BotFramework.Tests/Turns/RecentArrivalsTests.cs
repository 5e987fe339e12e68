using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.Tests.Turns;

public sealed class RecentArrivalsTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_key_that_arrives_again_within_the_window_gets_its_first_value()
    {
        var recent = new RecentArrivals<string>(TimeSpan.FromMinutes(5), 100);

        var first = recent.GetOrAdd(ArrivalKey.Of("a"), "first", Start, out var addedFirst);
        var again = recent.GetOrAdd(ArrivalKey.Of("a"), "again", Start.AddMinutes(4), out var addedAgain);

        Assert.Equal(("first", true), (first, addedFirst));
        Assert.Equal(("first", false), (again, addedAgain));
        Assert.True(recent.TryGetValue(ArrivalKey.Of("a"), out var found));
        Assert.Equal("first", found);
    }

    [Fact]
    public void Past_the_window_a_key_is_forgotten_and_arrives_afresh()
    {
        var recent = new RecentArrivals<string>(TimeSpan.FromMinutes(5), 100);
        recent.GetOrAdd(ArrivalKey.Of("a"), "first", Start, out _);

        var later = recent.GetOrAdd(ArrivalKey.Of("a"), "later", Start.AddMinutes(5), out var added);

        Assert.Equal(("later", true), (later, added));
        // The first arrival's expiry does not take the fresh one with it.
        recent.GetOrAdd(ArrivalKey.Of("b"), "b", Start.AddMinutes(9), out _);
        Assert.True(recent.TryGetValue(ArrivalKey.Of("a"), out var found));
        Assert.Equal("later", found);
    }

    [Fact]
    public void Beyond_its_capacity_the_oldest_are_forgotten_first()
    {
        var recent = new RecentArrivals<int>(TimeSpan.FromMinutes(5), 3);

        for (var i = 0; i < 5; i++)
        {
            recent.GetOrAdd(ArrivalKey.Of($"k{i}"), i, Start, out _);
        }
        recent.GetOrAdd(ArrivalKey.Of("k5"), 5, Start, out _);

        Assert.False(recent.TryGetValue(ArrivalKey.Of("k0"), out _));
        Assert.False(recent.TryGetValue(ArrivalKey.Of("k1"), out _));
        Assert.True(recent.TryGetValue(ArrivalKey.Of("k2"), out var kept));
        Assert.Equal(2, kept);
        Assert.True(recent.TryGetValue(ArrivalKey.Of("k5"), out _));
    }

    [Fact]
    public void Of_many_concurrent_arrivals_of_one_key_exactly_one_is_added_and_all_see_its_value()
    {
        var recent = new RecentArrivals<object>(TimeSpan.FromMinutes(5), 100);
        var results = new System.Collections.Concurrent.ConcurrentBag<(object First, bool Added, object Own)>();

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            var own = new object();
            var first = recent.GetOrAdd(ArrivalKey.Of("same"), own, Start, out var added);
            results.Add((first, added, own));
        });

        var winner = Assert.Single(results, r => r.Added);
        Assert.Same(winner.Own, winner.First);
        Assert.All(results, r => Assert.Same(winner.Own, r.First));
    }
}
