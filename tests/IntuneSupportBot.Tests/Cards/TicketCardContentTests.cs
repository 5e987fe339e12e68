using System.Globalization;
using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Tickets;
using static IntuneSupportBot.Tests.Cards.CardSamples;
using static IntuneSupportBot.Tests.Tickets.TicketSamples;

namespace IntuneSupportBot.Tests.Cards;

/// <summary>What a tier card says: the report, the requester's mention, the fix, the handoff, the history, in the viewer's language.</summary>
public sealed class TicketCardContentTests
{
    private static CardJson Card(string ticketName, CardViewer? viewer = null, string language = "en", Func<TicketCardContext, TicketCardContext>? adjust = null)
    {
        var ticket = SampleTickets[ticketName];
        var context = ContextFor(ticket);
        return CardJson.Of(TicketCard.Build(ticket, viewer ?? CardViewer.ReadOnly, language, adjust is null ? context : adjust(context)));
    }

    [Fact]
    public void The_requester_is_mentioned_in_a_text_block_with_their_Entra_object_id()
    {
        var json = Card("new");

        Assert.Contains("Requester: <at>Minji Park</at>", json.Texts());
        var mention = Assert.Single(json.Mentions());
        Assert.Equal("mention", mention.GetProperty("type").GetString());
        Assert.Equal("<at>Minji Park</at>", mention.GetProperty("text").GetString());
        Assert.Equal(Minji.ObjectId, mention.GetProperty("mentioned").GetProperty("id").GetString());
        Assert.Equal("Minji Park", mention.GetProperty("mentioned").GetProperty("name").GetString());
    }

    [Fact]
    public void The_refresh_asks_for_the_view_for_the_on_duty_members()
    {
        var refresh = Card("claimed").Root.GetProperty("refresh");

        Assert.Equal(TicketVerbs.View, refresh.GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal("INT-1001", refresh.GetProperty("action").GetProperty("data").GetProperty("ticketId").GetString());
        Assert.Equal(["29:alice", "29:dana", "29:erin"], refresh.GetProperty("userIds").EnumerateArray().Select(id => id.GetString()));
    }

    [Fact]
    public void The_refresh_lists_at_most_60_users()
    {
        var ticket = SampleTickets["new"];

        var json = CardJson.Of(TicketCard.Build(ticket, CardViewer.ReadOnly, "en", CrowdedContextFor(ticket)));

        Assert.Equal(60, json.Root.GetProperty("refresh").GetProperty("userIds").GetArrayLength());
    }

    [Fact]
    public void A_closed_ticket_card_asks_for_no_refresh()
    {
        Assert.False(Card("closed").Root.TryGetProperty("refresh", out _));
    }

    [Fact]
    public void The_facts_show_platform_method_codes_known_issue_scope_urgency_device_and_start()
    {
        var facts = Card("new").Typed.Where(node => node.GetProperty("type").GetString() == "FactSet")
            .SelectMany(set => set.GetProperty("facts").EnumerateArray())
            .ToDictionary(fact => fact.GetProperty("title").GetString()!, fact => fact.GetProperty("value").GetString());

        Assert.Equal("Windows", facts["Platform"]);
        Assert.Equal("Windows Autopilot", facts["Enrollment method"]);
        Assert.Equal("0x80180014", facts["Error codes"]);
        Assert.Equal("Autopilot redeploy blocked by a stale record", facts["Known issue"]);
        Assert.Equal("About 30 users or devices", facts["Scope"]);
        Assert.Equal("A rollout wave is blocked", facts["Urgency"]);
        Assert.Equal("LT-0042", facts["Device"]);
        Assert.Equal("this morning", facts["Started"]);
        Assert.Equal("2026-11-02 18:00 (UTC+09:00)", facts["Filed"]);
    }

    [Fact]
    public void The_header_shows_the_id_the_state_the_tier_and_the_urgency()
    {
        var texts = Card("claimed").Texts();

        Assert.Equal("Ticket INT-1001", texts[0]);
        Assert.Equal("Tier 1 · assigned to Alice Kim", texts[1]);
        Assert.Equal("Urgent: A rollout wave is blocked", texts[2]);
        Assert.Equal("Claimed", texts[3]);
    }

    [Fact]
    public void The_directory_facts_show_the_device_compliance_sync_and_the_latest_failure()
    {
        var texts = Card("new").Texts();

        Assert.Contains("LT-0042 · Windows 10.0.26100 · compliance: noncompliant · last sync 2026-11-02 16:00", texts);
        Assert.Contains("Enrollment failure at 2026-11-02 17:00: deviceNotSupported Autopilot redeploy blocked", texts);
    }

    [Fact]
    public void The_fix_from_tier_3_stands_out_as_the_contact_the_user_task_in_the_tier_1_and_tier_2_copies()
    {
        foreach (var tier in new[] { 1, 2 })
        {
            var json = Card("contact-user", adjust: context => context with { PostedInTier = tier });

            var box = json.Typed.First(node => node.GetProperty("type").GetString() == "Container" && node.GetProperty("style").GetString() == "good");
            var texts = box.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("text").GetString()).ToList();
            Assert.Equal(["Root cause and fix", "Task for tier 1: contact the user with this fix.", "Root cause", RecordFix().RootCause, "Fix", RecordFix().Fix], texts);
        }
    }

    [Fact]
    public void The_copy_left_behind_by_an_escalation_says_where_the_ticket_went_and_links_to_that_thread()
    {
        var json = Card("escalated", adjust: context => context with { PostedInTier = 1 });

        Assert.Contains("This ticket is now with tier 2.", json.Texts());
        var link = json.Typed.Single(node => node.GetProperty("type").GetString() == "Action.OpenUrl");
        Assert.Equal("Open the tier 2 thread", link.GetProperty("title").GetString());
        Assert.Equal("https://teams.microsoft.com/l/message/19%3Atier2%40thread.tacv2/1760000000002", link.GetProperty("url").GetString());
    }

    [Fact]
    public void The_latest_handoff_shows_what_was_checked_and_found()
    {
        var texts = Card("escalated").Texts();

        Assert.Contains("Handoff from tier 1 to tier 2 by Alice Kim, 2026-11-02 18:10", texts);
        Assert.Contains(Escalate().Checked, texts);
        Assert.Contains(Escalate().Found, texts);
    }

    [Fact]
    public void The_history_lists_the_newest_event_first_in_the_context_time_zone()
    {
        var history = Card("escalated").Texts().Single(text => text.Contains(" · filed", StringComparison.Ordinal));

        Assert.Equal(
            "11-02 18:10 · Alice Kim · escalated (tier 1 → 2)\n\n11-02 18:05 · Alice Kim · claimed\n\n11-02 18:00 · Minji Park · filed",
            history);
    }

    [Fact]
    public void A_long_history_shows_its_newest_events_and_notes_first_and_counts_the_rest()
    {
        var ticket = Drive(Filed(), (new TicketCommand.Claim(), Alice));
        for (var i = 1; i <= 30; i++)
        {
            ticket = Drive(ticket, (new TicketCommand.AddNote($"note {i}"), Alice));
        }

        var texts = CardJson.Of(TicketCard.Build(ticket, CardViewer.ReadOnly, "en", ContextFor(ticket))).Texts().ToList();

        var history = texts.Single(text => text.Contains(" · added a note", StringComparison.Ordinal)).Split("\n\n");
        Assert.Equal(15, history.Length);
        Assert.Equal(Enumerable.Range(16, 15).Reverse().Select(i => $"note {i}"), history.Select(line => line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
        Assert.Contains("17 earlier events are not shown.", texts);
        Assert.Equal(["note 30", "note 29", "note 28", "note 27", "note 26"], texts.Where(text => text.StartsWith("note ", StringComparison.Ordinal)));
        Assert.Contains("25 older notes are not shown.", texts);
    }

    [Fact]
    public void The_Microsoft_case_number_is_a_fact()
    {
        var facts = Card("waiting-on-microsoft").Typed.Where(node => node.GetProperty("type").GetString() == "FactSet")
            .SelectMany(set => set.GetProperty("facts").EnumerateArray());

        Assert.Contains(facts, fact => fact.GetProperty("title").GetString() == "Microsoft case" && fact.GetProperty("value").GetString() == "2411020040000123");
    }

    [Fact]
    public void A_Korean_card_is_in_Korean_whatever_the_thread_culture()
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            var texts = Card("claimed", CardViewer.As(Alice), "ko").Texts();
            var titles = Card("claimed", CardViewer.As(Alice), "ko").Root.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString());

            Assert.Equal("티켓 INT-1001", texts[0]);
            Assert.Equal("1차 지원 · 담당자 Alice Kim", texts[1]);
            Assert.Contains("요청자: <at>Minji Park</at>", texts);
            Assert.Contains("이관하기", titles);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void The_same_ticket_viewer_and_context_give_the_same_card()
    {
        var ticket = SampleTickets["tier3-claimed"];

        Assert.Equal(
            TicketCard.Build(ticket, CardViewer.As(Carol), "ko", ContextFor(ticket)).Utf8.ToArray(),
            TicketCard.Build(ticket, CardViewer.As(Carol), "ko", ContextFor(ticket)).Utf8.ToArray());
    }
}
