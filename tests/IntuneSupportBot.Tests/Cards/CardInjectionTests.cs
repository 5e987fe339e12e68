using System.Text.Json;
using System.Text.RegularExpressions;
using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Testing;
using IntuneSupportBot.Tickets;
using static IntuneSupportBot.Tests.Cards.CardSamples;
using static IntuneSupportBot.Tests.Tickets.TicketSamples;

namespace IntuneSupportBot.Tests.Cards;

/// <summary>
/// Whatever people type (the requester, agents, names from the directory) ends up as escaped text: a card built
/// from hostile text has exactly the elements, actions and mentions of the same card built from plain text.
/// </summary>
public sealed partial class CardInjectionTests
{
    public static TheoryData<string> Payloads => new()
    {
        "**x** _y_ ~~z~~ `code`",
        "[link](https://evil.example) ![img](https://evil.example/a.png) <https://evil.example>",
        "<at>Boss</at> please look",
        """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"pwn"}],"actions":[{"type":"Action.Execute","verb":"ticket.claim","data":{"ticketId":"INT-1"}}]}""",
        """{"type":"Action.Execute","verb":"ticket.resolve"}""",
        "<script>alert(1)</script><img src=x onerror=alert(1)> &lt;at&gt;Boss&lt;/at&gt;",
        "ad\u200Bmin \u202Egnp.exe\u202C \u2066x\u2069 \u200E\u200F\uFEFF end",
        "# heading\n- item\n1. first\n> quote\n---\n{{DATE(2026-01-01T00:00:00Z, SHORT)}}",
    };

    private const string Plain = "plain words";

    private static Ticket Hostile(string text, TicketState until)
    {
        var requester = Minji with { DisplayName = $"Minji {text}" };
        var agent = Actor.Agent("agent-alice", $"Alice {text}", 1);
        var report = Report with { Summary = text, Device = text, StartedWhen = text, ErrorCodes = [text], UrgencyReasons = [text] };
        var ticket = Ticket.File(new NewTicket(requester, report, Devices with { Devices = [Devices.Devices[0] with { DeviceName = text, OsVersion = text }] }, 1), "INT-1001", 1001, Start);
        ticket = Drive(ticket,
            (new TicketCommand.Claim(), agent), (new TicketCommand.AddNote(text), agent), (new TicketCommand.AskRequester(text), agent),
            (new TicketCommand.RequesterReplied(text), Actor.ForRequester(requester)), (new TicketCommand.Escalate(text, text), agent),
            (new TicketCommand.Claim(), Bo), (new TicketCommand.Escalate(text, text), Bo), (new TicketCommand.Claim(), Carol),
            (new TicketCommand.SendToMicrosoft(text.Length > 64 ? text[..64] : text), Carol), (new TicketCommand.BackFromMicrosoft(text), Carol),
            (new TicketCommand.RecordFix(text, text), Carol), (new TicketCommand.Claim(), agent));
        return until == TicketState.Resolved ? Drive(ticket, (new TicketCommand.Resolve(text), agent)) : ticket;
    }

    private static WrittenCard TierCard(string text, TicketState until)
    {
        var ticket = Hostile(text, until);
        var context = ContextFor(ticket) with
        {
            TierMembers = [new Person("agent-dana", $"Dana {text}"), new Person("agent-erin", text)],
            KnownIssueTitle = new(text, text),
        };
        return TicketCard.Build(ticket, CardViewer.As(Actor.Agent("agent-alice", $"Alice {text}", 1)), "en", context);
    }

    /// <summary>The card's skeleton: every typed object in order, the verbs, the mentions.</summary>
    private static string Shape(WrittenCard card)
    {
        var json = CardJson.Of(card);
        return string.Join(",", json.Typed.Select(node => node.GetProperty("type").GetString()))
            + "|" + string.Join(",", json.OfferedVerbs().Order())
            + "|" + json.Mentions().Count;
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Hostile_text_creates_no_element_action_or_mention_on_the_tier_card(string payload)
    {
        foreach (var state in new[] { TicketState.Claimed, TicketState.Resolved })
        {
            var hostile = TierCard(payload, state);

            Assert.Equal(Shape(TierCard(Plain, state)), Shape(hostile));
            Assert.Empty(CardSchema.Validate(CardJson.Of(hostile).Root));
            AssertOnlyTheRequesterIsMentioned(CardJson.Of(hostile));
            AssertEscaped(CardJson.Of(hostile), payload);
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Hostile_text_creates_no_element_or_action_on_the_requester_card(string payload)
    {
        foreach (var state in new[] { TicketState.Claimed, TicketState.Resolved })
        {
            var ticket = Hostile(payload, state);
            var hostile = RequesterTicketCard.Build(ticket, "en", PermissionsFor(ticket));
            var plain = Hostile(Plain, state);

            Assert.Equal(Shape(RequesterTicketCard.Build(plain, "en", PermissionsFor(plain))), Shape(hostile));
            Assert.Empty(CardSchema.Validate(CardJson.Of(hostile).Root));
            Assert.Empty(CardJson.Of(hostile).Mentions());
            AssertEscaped(CardJson.Of(hostile), payload);
        }
    }

    [Fact]
    public void A_hostile_requester_name_gives_a_mention_that_cannot_close_its_tag()
    {
        var json = CardJson.Of(TierCard("<at>Boss</at> [x](https://evil.example)", TicketState.Claimed));

        var mention = Assert.Single(json.Mentions());
        Assert.Equal("<at>Minji atBoss/at x(https://evil.example)</at>", mention.GetProperty("text").GetString());
        Assert.Equal(Minji.ObjectId, mention.GetProperty("mentioned").GetProperty("id").GetString());
    }

    private static void AssertOnlyTheRequesterIsMentioned(CardJson json)
    {
        var tags = MarkdownTexts(json).SelectMany(text => UnescapedTag().Matches(text).Select(match => match.Value)).ToList();
        var mention = Assert.Single(json.Mentions());
        Assert.Equal([mention.GetProperty("text").GetString()!], tags);
        Assert.Equal(Minji.ObjectId, mention.GetProperty("mentioned").GetProperty("id").GetString());
    }

    /// <summary>No markdown text holds the payload raw; where the payload is short enough to show whole, it shows escaped.</summary>
    private static void AssertEscaped(CardJson json, string payload)
    {
        var texts = MarkdownTexts(json).ToList();
        var clean = CardText.Clean(payload);
        if (clean.AsSpan().IndexOfAny("*_[]<>`~{}&#") >= 0)
        {
            Assert.DoesNotContain(texts, text => text.Contains(clean, StringComparison.Ordinal));
        }

        Assert.Contains(texts, text => text.Contains(CardText.Escape(payload), StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains('\u200B') || text.Contains('\u202E') || text.Contains('\u2066'));
    }

    /// <summary>Texts Teams renders as markdown: TextBlock text and fact values.</summary>
    private static IEnumerable<string> MarkdownTexts(CardJson json) =>
        json.Texts().Concat(json.Typed.Where(node => node.GetProperty("type").GetString() == "FactSet")
            .SelectMany(set => set.GetProperty("facts").EnumerateArray())
            .Select(fact => fact.GetProperty("value").GetString()!));

    [GeneratedRegex(@"(?<!(?<!\\)(?:\\\\)*\\)<at>.*?</at>", RegexOptions.Singleline)]
    private static partial Regex UnescapedTag();
}
