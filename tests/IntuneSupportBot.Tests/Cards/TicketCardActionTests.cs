using System.Text.Json;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Tickets;
using static IntuneSupportBot.Tests.Cards.CardSamples;
using static IntuneSupportBot.Tests.Tickets.TicketSamples;

namespace IntuneSupportBot.Tests.Cards;

/// <summary>A tier card offers exactly the commands the workflow accepts from its viewer, no more, no fewer.</summary>
public sealed class TicketCardActionTests
{
    public static IEnumerable<object[]> Matrix => StatesAndViewers;

    private static IReadOnlySet<string> Offered(Ticket ticket, CardViewer viewer) =>
        CardJson.Of(TicketCard.Build(ticket, viewer, "en", ContextFor(ticket))).OfferedVerbs();

    /// <summary>The test's own list of what an agent might do, with real text, asked of the workflow directly.</summary>
    private static HashSet<string> AcceptedVerbs(Ticket ticket, Actor actor)
    {
        var now = NowFor(ticket);
        var tries = new List<(string Verb, TicketCommand Command)>
        {
            (TicketVerbs.Claim, new TicketCommand.Claim()),
            (TicketVerbs.Unassign, new TicketCommand.Unassign()),
            (TicketVerbs.Escalate, Escalate()),
            (TicketVerbs.SendToMicrosoft, new TicketCommand.SendToMicrosoft("2411020040000999")),
            (TicketVerbs.BackFromMicrosoft, new TicketCommand.BackFromMicrosoft("Microsoft says: re-import")),
            (TicketVerbs.RecordFix, RecordFix()),
            (TicketVerbs.Resolve, new TicketCommand.Resolve("Done", "Cause", "Fix")),
            (TicketVerbs.Note, new TicketCommand.AddNote("Looked at the logs")),
            (TicketVerbs.Ask, new TicketCommand.AskRequester("Which build?")),
        };
        tries.AddRange(MembersOf(ticket.Tier).Select(member =>
            (TicketVerbs.Reassign, (TicketCommand)new TicketCommand.Reassign(Actor.Agent(member.ObjectId, member.Name, ticket.Tier)))));
        return [.. tries.Where(t => Workflow.Decide(ticket, t.Command, actor, now) is Accepted).Select(t => t.Verb)];
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void The_card_offers_exactly_what_the_workflow_accepts_from_the_viewer(string ticketName, string viewerName)
    {
        var ticket = SampleTickets[ticketName];
        var viewer = Viewers[viewerName];
        var expected = viewer.Actor is { } actor ? AcceptedVerbs(ticket, actor) : [];

        Assert.Equal(expected.Order(), Offered(ticket, viewer).Order());
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void No_card_shows_more_than_six_buttons_at_its_top_level(string ticketName, string viewerName)
    {
        var card = CardJson.Of(TicketCard.Build(SampleTickets[ticketName], Viewers[viewerName], "en", ContextFor(SampleTickets[ticketName])));

        Assert.InRange(card.TopLevelButtons, 0, 6);
    }

    [Fact]
    public void A_tier_1_agent_sees_claim_and_add_note_on_a_new_tier_1_ticket()
    {
        Assert.Equal([TicketVerbs.Claim, TicketVerbs.Note], Offered(SampleTickets["new"], CardViewer.As(Dana(1))).Order());
    }

    [Fact]
    public void The_assignee_sees_unassign_reassign_escalate_resolve_note_and_ask()
    {
        Assert.Equal(
            new[] { TicketVerbs.Ask, TicketVerbs.Escalate, TicketVerbs.Note, TicketVerbs.Reassign, TicketVerbs.Resolve, TicketVerbs.Unassign }.Order(),
            Offered(SampleTickets["claimed"], CardViewer.As(Alice)).Order());
    }

    [Fact]
    public void Tier_3_holds_the_Microsoft_and_fix_actions_but_cannot_escalate_or_unassign_while_Microsoft_has_the_case()
    {
        var offered = Offered(SampleTickets["tier3-claimed"], CardViewer.As(Carol));

        Assert.Contains(TicketVerbs.SendToMicrosoft, offered);
        Assert.Contains(TicketVerbs.RecordFix, offered);
        Assert.DoesNotContain(TicketVerbs.Escalate, offered);
        Assert.Equal([TicketVerbs.Ask, TicketVerbs.BackFromMicrosoft, TicketVerbs.Note, TicketVerbs.Reassign, TicketVerbs.RecordFix],
            Offered(SampleTickets["waiting-on-microsoft"], CardViewer.As(Carol)).Order());
    }

    [Fact]
    public void A_tier_2_agent_on_a_tier_1_ticket_sees_no_actions()
    {
        var json = CardJson.Of(TicketCard.Build(SampleTickets["claimed"], CardViewer.As(Bo), "en", ContextFor(SampleTickets["claimed"])));

        Assert.False(json.Root.TryGetProperty("actions", out _));
        Assert.Equal(0, json.Count("Action.Execute") - 1);
    }

    [Theory]
    [InlineData("new")]
    [InlineData("claimed")]
    [InlineData("resolved")]
    public void A_read_only_viewer_sees_no_actions_only_the_refresh_and_thread_links(string ticketName)
    {
        var json = CardJson.Of(TicketCard.Build(SampleTickets[ticketName], CardViewer.ReadOnly, "en", ContextFor(SampleTickets[ticketName])));

        Assert.False(json.Root.TryGetProperty("actions", out _));
        Assert.Equal(1, json.Count("Action.Execute"));
        Assert.Equal(TicketVerbs.View, json.Root.GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal(0, json.Count("Action.Submit") + json.Count("Action.ShowCard"));
    }

    [Fact]
    public void A_coordinator_may_only_add_a_note()
    {
        Assert.Equal([TicketVerbs.Note], Offered(SampleTickets["claimed"], CardViewer.Coordinator("coord-gina", "Gina Oh")));
    }

    [Fact]
    public void Every_action_carries_the_ticket_and_version_and_falls_back_to_a_submit_with_its_verb()
    {
        var ticket = SampleTickets["claimed"];
        var json = CardJson.Of(TicketCard.Build(ticket, CardViewer.As(Alice), "en", ContextFor(ticket)));

        var executes = json.Typed.Where(node => node.GetProperty("type").GetString() == "Action.Execute").ToList();
        Assert.Equal(7, executes.Count);
        foreach (var execute in executes)
        {
            Assert.Equal(ticket.Id, execute.GetProperty("data").GetProperty("ticketId").GetString());
            Assert.Equal(ticket.Version, execute.GetProperty("data").GetProperty("version").GetInt32());
            if (execute.GetProperty("verb").GetString() == TicketVerbs.View)
            {
                continue;
            }

            var fallback = execute.GetProperty("fallback");
            Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
            Assert.Equal(execute.GetProperty("verb").GetString(), fallback.GetProperty("data").GetProperty("verb").GetString());
        }
    }

    [Fact]
    public void Escalating_asks_for_what_was_checked_and_what_was_found_both_required()
    {
        var ticket = SampleTickets["claimed"];
        var json = CardJson.Of(TicketCard.Build(ticket, CardViewer.As(Alice), "en", ContextFor(ticket)));

        var form = ShowCard(json, "Escalate");
        var inputs = form.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal([TicketInputs.Checked, TicketInputs.Found], inputs.Select(input => input.GetProperty("id").GetString()));
        Assert.All(inputs, input => Assert.True(input.GetProperty("isRequired").GetBoolean()));
        Assert.Equal("Escalate to tier 2", form.GetProperty("actions")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("claimed", false)]
    [InlineData("tier3-claimed", true)]
    public void Resolving_requires_root_cause_and_fix_of_tier_3_only(string ticketName, bool required)
    {
        var ticket = SampleTickets[ticketName];
        var holder = ticket.Tier == 3 ? Carol : Alice;
        var form = ShowCard(CardJson.Of(TicketCard.Build(ticket, CardViewer.As(holder), "en", ContextFor(ticket))), "Resolve");

        var inputs = form.GetProperty("body").EnumerateArray().ToDictionary(input => input.GetProperty("id").GetString()!, input => input.GetProperty("isRequired").GetBoolean());
        Assert.True(inputs[TicketInputs.Resolution]);
        Assert.Equal(required, inputs[TicketInputs.ResolveRootCause]);
        Assert.Equal(required, inputs[TicketInputs.ResolveFix]);
    }

    [Fact]
    public void Reassigning_offers_the_other_members_of_the_tier_by_object_id()
    {
        var ticket = SampleTickets["claimed"];
        var form = ShowCard(CardJson.Of(TicketCard.Build(ticket, CardViewer.As(Alice), "en", ContextFor(ticket))), "Reassign");

        var choices = form.GetProperty("body")[0].GetProperty("choices").EnumerateArray()
            .Select(choice => (choice.GetProperty("title").GetString(), choice.GetProperty("value").GetString()));
        Assert.Equal([("Dana Cho", "agent-dana"), ("Erin Yoo", "agent-erin"), ("Frank Lee", "agent-frank")], choices);
    }

    [Fact]
    public void The_contact_user_task_names_its_resolve_button_for_what_tier_1_does()
    {
        var ticket = SampleTickets["contact-user-claimed"];

        var json = CardJson.Of(TicketCard.Build(ticket, CardViewer.As(Alice), "en", ContextFor(ticket)));

        Assert.NotEqual(default, ShowCard(json, "User contacted: resolve"));
    }

    private static JsonElement ShowCard(CardJson json, string title) =>
        json.Root.GetProperty("actions").EnumerateArray()
            .Single(action => action.GetProperty("type").GetString() == "Action.ShowCard" && action.GetProperty("title").GetString() == title)
            .GetProperty("card");
}
