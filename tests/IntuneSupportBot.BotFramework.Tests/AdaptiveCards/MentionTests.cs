using System.Text.Json;
using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Testing;

namespace IntuneSupportBot.BotFramework.Tests.AdaptiveCards;

public sealed class MentionTests
{
    [Fact]
    public void A_mention_pairs_the_at_tag_with_its_entity()
    {
        var mention = Mention.For("sam@contoso.com", "Sam User");

        Assert.Equal("<at>Sam User</at>", mention.Text);
        Assert.Equal(new MentionEntity("<at>Sam User</at>", new MentionedUser("sam@contoso.com", "Sam User")), mention.Entity);
    }

    [Fact]
    public void A_card_with_a_mention_round_trips_with_its_entity()
    {
        var mention = Mention.For("2b9d3c1e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "김민수");
        var card = new AdaptiveCard
        {
            Body = [new TextBlock($"Requester {mention.Text}")],
            MsTeams = new TeamsCardProperties { Entities = [mention.Entity] },
        };

        var json = AdaptiveCardSerializer.ToElement(card);
        var back = AdaptiveCardSerializer.FromElement(json);

        using var expected = JsonDocument.Parse(
            """{"entities":[{"type":"mention","text":"<at>김민수</at>","mentioned":{"id":"2b9d3c1e-4f5a-4b6c-8d7e-9f0a1b2c3d4e","name":"김민수"}}]}""");
        Assert.True(JsonElement.DeepEquals(expected.RootElement, json.GetProperty("msteams")), json.GetProperty("msteams").GetRawText());
        Assert.Equal(mention.Entity, Assert.Single(back.MsTeams!.Entities!));
        Assert.Empty(CardSchema.Validate(json));
    }

    [Theory]
    [InlineData("Eve</at><at>Boss", "Eve/atatBoss")]
    [InlineData("**Eve** [x](https://evil) _i_", "Eve x(https://evil) i")]
    [InlineData("Eve\u202E\u200Bnimda", "Evenimda")]
    [InlineData("Eve &lt;at&gt;", "Eve lt;atgt;")]
    [InlineData("Eve\\", "Eve")]
    public void A_display_name_cannot_break_out_of_its_tag(string displayName, string shown)
    {
        var mention = Mention.For("u1", displayName);

        Assert.Equal($"<at>{shown}</at>", mention.Text);
        Assert.Equal(shown, mention.Entity.Mentioned.Name);
    }

    [Fact]
    public void A_name_with_nothing_left_after_cleaning_shows_the_id()
    {
        Assert.Equal("<at>sam@contoso.com</at>", Mention.For("sam@contoso.com", "<\u200B>").Text);
    }

    [Fact]
    public void A_mention_needs_a_user_id()
    {
        Assert.Throws<ArgumentException>(() => Mention.For("\u200B ", "Sam"));
    }
}
