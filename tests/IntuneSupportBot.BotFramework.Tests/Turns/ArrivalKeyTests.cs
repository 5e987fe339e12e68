using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.Tests.Turns;

public sealed class ArrivalKeyTests
{
    [Fact]
    public void The_same_parts_make_the_same_key()
    {
        Assert.Equal(ArrivalKey.Of("19:thread@thread.tacv2", "f:1"), ArrivalKey.Of("19:thread@thread.tacv2", "f:1"));
    }

    [Theory]
    [InlineData("ab", "c", "a", "bc")]
    [InlineData("a", "b", "b", "a")]
    [InlineData("a\n", "b", "a", "\nb")]
    [InlineData("", "ab", "ab", "")]
    public void Parts_keep_their_bounds_and_their_order(string a1, string b1, string a2, string b2)
    {
        Assert.NotEqual(ArrivalKey.Of(a1, b1), ArrivalKey.Of(a2, b2));
    }

    [Fact]
    public void Parts_longer_than_the_stack_buffer_are_hashed_whole()
    {
        var conversation = new string('c', 600);

        Assert.Equal(ArrivalKey.Of(conversation, "f:1"), ArrivalKey.Of(conversation, "f:1"));
        Assert.NotEqual(ArrivalKey.Of(conversation, "f:1"), ArrivalKey.Of(conversation, "f:2"));
        Assert.NotEqual(ArrivalKey.Of(conversation + "x", "f:1"), ArrivalKey.Of(conversation, "xf:1"));
    }

    [Fact]
    public void Ten_thousand_activity_ids_make_ten_thousand_keys()
    {
        var keys = Enumerable.Range(0, 10_000).Select(i => ArrivalKey.Of("19:thread@thread.tacv2;messageid=1", $"f:{i}")).ToHashSet();

        Assert.Equal(10_000, keys.Count);
    }
}
