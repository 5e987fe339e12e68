using IntuneSupportBot.Cards;
using IntuneSupportBot.Tickets;
using static IntuneSupportBot.Tests.Cards.CardSamples;
using static IntuneSupportBot.Tests.Tickets.TicketSamples;

namespace IntuneSupportBot.Tests.Cards;

/// <summary>The requester's card: plain-words status, their report, the fix, and only the buttons the workflow takes from them.</summary>
public sealed class RequesterTicketCardTests
{
    private static CardJson Card(Ticket ticket, string language = "en", DateTimeOffset? now = null) =>
        CardJson.Of(RequesterTicketCard.Build(ticket, language, new TicketPermissions(Workflow, now ?? NowFor(ticket))));

    [Theory]
    [InlineData("new", "Received. The support team will pick it up soon.")]
    [InlineData("claimed", "Alice Kim from the support team is working on it.")]
    [InlineData("escalated", "Passed to senior support for a closer look.")]
    [InlineData("waiting-on-microsoft", "Senior support is working on it with Microsoft.")]
    [InlineData("contact-user", "A fix has been found. The support team will contact you.")]
    [InlineData("contact-user-claimed", "A fix has been found. Alice Kim will contact you.")]
    [InlineData("resolved", "Resolved. Please tell us whether it works now.")]
    [InlineData("closed", "Closed. Thank you!")]
    [InlineData("reopened", "Reopened. The support team is looking at it again.")]
    public void The_status_is_said_in_plain_words(string ticketName, string status)
    {
        Assert.Equal(status, Card(SampleTickets[ticketName]).Texts()[1]);
    }

    [Fact]
    public void The_status_is_in_Korean_for_a_Korean_requester()
    {
        var texts = Card(SampleTickets["claimed"], "ko").Texts();

        Assert.Equal(["지원 요청 INT-1001", "지원팀의 Alice Kim 님이 처리하고 있습니다.", "신고하신 내용"], texts.Take(3));
    }

    [Theory]
    [InlineData("new", new[] { TicketVerbs.Reply })]
    [InlineData("claimed", new[] { TicketVerbs.Reply })]
    [InlineData("waiting-on-microsoft", new[] { TicketVerbs.Reply })]
    [InlineData("resolved", new[] { TicketVerbs.Confirm, TicketVerbs.Reopen, TicketVerbs.Reply })]
    [InlineData("closed", new[] { TicketVerbs.Reopen })]
    public void Confirm_and_reopen_are_offered_only_once_the_ticket_is_resolved(string ticketName, string[] verbs)
    {
        Assert.Equal(verbs.Order(), Card(SampleTickets[ticketName]).OfferedVerbs().Order());
    }

    [Fact]
    public void Reopening_is_no_longer_offered_once_the_window_has_passed()
    {
        var closed = SampleTickets["closed"];

        Assert.Empty(Card(closed, now: closed.ResolvedAt!.Value + new TicketOptions().ReopenWindow + TimeSpan.FromMinutes(1)).OfferedVerbs());
    }

    [Fact]
    public void The_buttons_are_submits_that_work_without_universal_actions()
    {
        var json = Card(SampleTickets["resolved"]);

        Assert.Equal(0, json.Count("Action.Execute"));
        Assert.Equal(3, json.Count("Action.Submit"));
        var confirm = json.Root.GetProperty("actions")[0];
        Assert.Equal("It works", confirm.GetProperty("title").GetString());
        Assert.Equal("""{"ticket":"ticket.confirm","ticketId":"INT-1001","version":3}""", confirm.GetProperty("data").GetRawText());
    }

    [Fact]
    public void An_open_question_is_shown_with_an_answer_button()
    {
        var json = Card(SampleTickets["asked"]);

        Assert.Contains("Which Windows build is it?", json.Texts());
        Assert.Equal("Answer", json.Root.GetProperty("actions")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void An_answered_question_is_no_longer_shown()
    {
        var json = Card(SampleTickets["answered"]);

        Assert.DoesNotContain("The support team asks:", json.Texts());
        Assert.Equal("Add information", json.Root.GetProperty("actions")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void The_fix_is_shown_once_found()
    {
        Assert.DoesNotContain("How to fix it", Card(SampleTickets["claimed"]).Texts());

        var texts = Card(SampleTickets["contact-user"]).Texts();

        Assert.Contains("How to fix it", texts);
        Assert.Contains(RecordFix().Fix, texts);
    }
}
