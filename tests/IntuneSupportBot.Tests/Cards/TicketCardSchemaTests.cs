using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Testing;
using IntuneSupportBot.Tickets;
using static IntuneSupportBot.Tests.Cards.CardSamples;

namespace IntuneSupportBot.Tests.Cards;

/// <summary>Every card the builders make is a valid Adaptive Card 1.5 for Teams and fits a channel post.</summary>
public sealed class TicketCardSchemaTests
{
    public static IEnumerable<object[]> Matrix => StatesViewersLanguages;

    public static IEnumerable<object[]> StatesAndLanguages => from ticket in SampleTickets.Keys from language in Languages select new object[] { ticket, language };

    public static IEnumerable<string> Fillers => ["가나다라마바사 <at>x</at> **bold** ", "<<<<&&&&", "plain ascii words "];

    public static IEnumerable<object[]> HugeRequesterMatrix => from filler in Fillers from language in Languages select new object[] { filler, language };

    public static IEnumerable<object[]> HugeMatrix =>
        from filler in Fillers
        from viewer in new[] { "alice-tier1", "read-only", "coordinator" }
        from language in Languages
        select new object[] { filler, viewer, language };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Every_tier_card_in_every_state_for_every_viewer_is_valid_and_fits(string ticketName, string viewerName, string language)
    {
        var ticket = SampleTickets[ticketName];

        var card = TicketCard.Build(ticket, Viewers[viewerName], language, ContextFor(ticket));

        AssertValidAndFits(card);
    }

    [Theory]
    [MemberData(nameof(HugeMatrix))]
    public void A_huge_ticket_with_200_events_long_notes_and_a_100_KB_summary_is_valid_and_fits(string filler, string viewerName, string language)
    {
        var ticket = Huge(filler);
        Assert.True(ticket.History.Count >= 200);
        Assert.True(ticket.Notes.Sum(note => note.Text.Length) >= 20_000);

        var card = TicketCard.Build(ticket, Viewers[viewerName], language, CrowdedContextFor(ticket));

        AssertValidAndFits(card);
    }

    [Fact]
    public void A_huge_ticket_still_shows_its_newest_history_within_the_limit()
    {
        var ticket = Huge("plain ascii words ");

        var texts = CardJson.Of(TicketCard.Build(ticket, CardViewer.ReadOnly, "en", ContextFor(ticket))).Texts();

        Assert.Contains(texts, text => text.Contains("earlier events are not shown", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("Alice Kim · resolved", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StatesAndLanguages))]
    public void Every_requester_card_is_valid_and_fits(string ticketName, string language)
    {
        var ticket = SampleTickets[ticketName];

        var card = RequesterTicketCard.Build(ticket, language, PermissionsFor(ticket));

        AssertValidAndFits(card);
    }

    [Theory]
    [MemberData(nameof(HugeRequesterMatrix))]
    public void A_huge_ticket_gives_a_valid_requester_card_that_fits(string filler, string language)
    {
        var ticket = Huge(filler);

        AssertValidAndFits(RequesterTicketCard.Build(ticket, language, PermissionsFor(ticket)));
    }

    private static void AssertValidAndFits(WrittenCard card)
    {
        var errors = CardSchema.Validate(CardJson.Of(card).Root);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(card.FitsChannelPost, $"{card.Utf8Size} bytes");
        Assert.True(card.Utf8Size <= AdaptiveCardSerializer.ChannelPostLimitBytes);
    }
}
