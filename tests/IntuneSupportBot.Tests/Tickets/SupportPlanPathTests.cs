using IntuneSupportBot.Tickets;
using static IntuneSupportBot.Tests.Tickets.TicketSamples;

namespace IntuneSupportBot.Tests.Tickets;

/// <summary>The support plan's paths, walked step by step.</summary>
public sealed class SupportPlanPathTests
{
    [Fact]
    public void A_ticket_goes_up_three_tiers_and_comes_back_to_tier_1_with_the_fix_until_the_requester_confirms()
    {
        var ticket = Filed();

        ticket = Drive(ticket, (new TicketCommand.Claim(), Alice));
        ticket = Drive(ticket, (new TicketCommand.Escalate("Profile assigned, device in the right group", "Enrollment blocked with 0x80180014"), Alice));
        Assert.Equal((TicketState.Escalated, 2, null), (ticket.State, ticket.Tier, ticket.Assignee));

        ticket = Drive(ticket, (new TicketCommand.Claim(), Bo));
        ticket = Drive(ticket, (new TicketCommand.Escalate("Autopilot record and hash", "The hash sits in a second tenant"), Bo));
        Assert.Equal((TicketState.Escalated, 3), (ticket.State, ticket.Tier));

        ticket = Drive(ticket, (new TicketCommand.Claim(), Carol));
        ticket = Drive(ticket, (new TicketCommand.RecordFix("Device registered in the previous tenant", "Deregister there, import the hash here"), Carol));
        Assert.Equal((TicketState.ContactUser, 1, null), (ticket.State, ticket.Tier, ticket.Assignee));
        Assert.True(ticket.IsContactUserTask);
        Assert.Equal(("Device registered in the previous tenant", "Deregister there, import the hash here"), (ticket.RootCause, ticket.Fix));

        ticket = Drive(ticket, (new TicketCommand.Claim(), Alice));
        Assert.True(ticket.IsContactUserTask);
        ticket = Drive(ticket, (new TicketCommand.Resolve("Called Minji; the laptop enrolled after the re-import"), Alice));
        Assert.Equal((TicketState.Resolved, 1, 1), (ticket.State, ticket.Tier, ticket.ResolvedTier));

        ticket = Drive(ticket, (new TicketCommand.RequesterConfirmed(), TheRequester));

        Assert.Equal(TicketState.Closed, ticket.State);
        Assert.Equal(ticket.UpdatedAt, ticket.ClosedAt);
        Assert.Equal(
            [
                TicketEventKind.Filed, TicketEventKind.Claimed, TicketEventKind.Escalated, TicketEventKind.Claimed, TicketEventKind.Escalated,
                TicketEventKind.Claimed, TicketEventKind.FixRecorded, TicketEventKind.Claimed, TicketEventKind.Resolved, TicketEventKind.Confirmed,
            ],
            ticket.History.Select(e => e.Kind));
        Assert.Equal(["Alice Kim", "Alice Kim", "Bo Han", "Bo Han", "Carol Shin", "Carol Shin", "Alice Kim", "Alice Kim", "Minji Park"], ticket.History.Skip(1).Select(e => e.By.Name));
        Assert.Equal([(1, 2, "Alice Kim", "Enrollment blocked with 0x80180014"), (2, 3, "Bo Han", "The hash sits in a second tenant")],
            ticket.Handoffs.Select(h => (h.FromTier, h.ToTier, h.By.Name, h.Found)));
        Assert.Equal("Autopilot record and hash", ticket.LatestHandoff!.Checked);
        Assert.Equal(Enumerable.Range(1, 10), ticket.History.Select(e => e.Sequence));
        Assert.Equal(10, ticket.Version);
    }

    [Fact]
    public void Tier_3_waits_on_Microsoft_with_a_case_number_keeps_the_ticket_and_hands_the_fix_back_afterwards()
    {
        var ticket = AtTier3();

        ticket = Drive(ticket, (new TicketCommand.SendToMicrosoft(" 2411020040000123 "), Carol));
        Assert.Equal((TicketState.WaitingOnMicrosoft, 3, "Carol Shin", "2411020040000123"),
            (ticket.State, ticket.Tier, ticket.Assignee?.Name, ticket.MicrosoftCaseNumber));
        Assert.Equal("2411020040000123", ticket.History[^1].Note);

        ticket = Drive(ticket, (new TicketCommand.BackFromMicrosoft("Microsoft: clear the ZTD registration, wait 24 h"), Carol));
        Assert.Equal((TicketState.Claimed, 3, "Carol Shin"), (ticket.State, ticket.Tier, ticket.Assignee?.Name));
        Assert.Equal((TicketNoteKind.MicrosoftUpdate, "Microsoft: clear the ZTD registration, wait 24 h"), (ticket.Notes[^1].Kind, ticket.Notes[^1].Text));

        ticket = Drive(ticket, (RecordFix(), Carol));

        Assert.Equal((TicketState.ContactUser, 1), (ticket.State, ticket.Tier));
        Assert.Equal("2411020040000123", ticket.MicrosoftCaseNumber);
    }

    [Fact]
    public void Sending_to_Microsoft_without_a_case_number_is_refused()
    {
        var decision = Workflow.Decide(AtTier3(), new TicketCommand.SendToMicrosoft("  "), Carol, Start.AddHours(1));

        Assert.Equal(RefusalReason.CaseNumberRequired, Assert.IsType<Refused>(decision).Refusal.Reason);
    }

    [Fact]
    public void Escalating_without_what_was_checked_and_what_was_found_is_refused()
    {
        var claimed = InState(TicketState.Claimed);

        var noChecked = Workflow.Decide(claimed, new TicketCommand.Escalate(" ", "Something"), Alice, Start.AddHours(1));
        var noFound = Workflow.Decide(claimed, new TicketCommand.Escalate("Something", ""), Alice, Start.AddHours(1));

        Assert.Equal(RefusalReason.HandoffNoteRequired, Assert.IsType<Refused>(noChecked).Refusal.Reason);
        Assert.Equal(RefusalReason.HandoffNoteRequired, Assert.IsType<Refused>(noFound).Refusal.Reason);
    }

    [Fact]
    public void Tier_3_has_no_higher_tier_to_escalate_to()
    {
        var decision = Workflow.Decide(AtTier3(), Escalate(), Carol, Start.AddHours(1));

        Assert.Equal(RefusalReason.NoHigherTier, Assert.IsType<Refused>(decision).Refusal.Reason);
    }

    [Fact]
    public void Tier_3_resolves_only_with_the_root_cause_and_the_fix()
    {
        var ticket = AtTier3();

        var bare = Workflow.Decide(ticket, new TicketCommand.Resolve("Done"), Carol, Start.AddHours(1));
        var full = Workflow.Decide(ticket, new TicketCommand.Resolve("Fixed in the tenant", "Stale record", "Deleted it"), Carol, Start.AddHours(1));

        Assert.Equal(RefusalReason.RootCauseAndFixRequired, Assert.IsType<Refused>(bare).Refusal.Reason);
        var resolved = Assert.IsType<Accepted>(full).Next;
        Assert.Equal((TicketState.Resolved, 3, "Stale record", "Deleted it"), (resolved.State, resolved.ResolvedTier, resolved.RootCause, resolved.Fix));
    }

    [Fact]
    public void Recording_a_fix_needs_both_the_root_cause_and_the_fix()
    {
        var decision = Workflow.Decide(AtTier3(), new TicketCommand.RecordFix("Stale record", " "), Carol, Start.AddHours(1));

        Assert.Equal(RefusalReason.RootCauseAndFixRequired, Assert.IsType<Refused>(decision).Refusal.Reason);
    }

    [Fact]
    public void Tier_2_resolves_what_it_solved_itself_and_a_reopen_comes_back_to_tier_2()
    {
        var ticket = Drive(InState(TicketState.Escalated),
            (new TicketCommand.Claim(), Bo),
            (new TicketCommand.Resolve("Removed the duplicate device object"), Bo),
            (new TicketCommand.RequesterReopened("Still says 0x80180014"), TheRequester));

        Assert.Equal((TicketState.Reopened, 2, null), (ticket.State, ticket.Tier, ticket.Assignee));
        Assert.Equal("Still says 0x80180014", ticket.History[^1].Note);
        Assert.Null(ticket.ResolvedAt);
    }

    [Fact]
    public void Unassigning_returns_the_ticket_to_the_queue_it_was_claimed_from()
    {
        var contactTask = Drive(InState(TicketState.ContactUser), (new TicketCommand.Claim(), Alice), (new TicketCommand.Unassign(), Alice));
        var escalated = Drive(InState(TicketState.Escalated), (new TicketCommand.Claim(), Bo), (new TicketCommand.Unassign(), Bo));

        Assert.Equal((TicketState.ContactUser, 1, null), (contactTask.State, contactTask.Tier, contactTask.Assignee));
        Assert.Equal((TicketState.Escalated, 2, null), (escalated.State, escalated.Tier, escalated.Assignee));
    }

    [Fact]
    public void Questions_and_answers_land_on_the_notes_in_order()
    {
        var ticket = Drive(InState(TicketState.Claimed),
            (new TicketCommand.AskRequester("Is it the new laptop or the old one?"), Alice),
            (new TicketCommand.RequesterReplied("The new one"), TheRequester),
            (new TicketCommand.AddNote("Requester is at the Seoul office"), Alice));

        Assert.Equal(
            [(TicketNoteKind.QuestionToRequester, "Alice Kim"), (TicketNoteKind.RequesterReply, "Minji Park"), (TicketNoteKind.Agent, "Alice Kim")],
            ticket.Notes.Select(n => (n.Kind, n.Author.Name)));
        Assert.Equal(TicketState.Claimed, ticket.State);
    }

    [Fact]
    public void Empty_text_is_refused_for_notes_questions_and_replies()
    {
        var ticket = InState(TicketState.Claimed);

        Assert.Equal(RefusalReason.TextRequired, Refusal(ticket, new TicketCommand.AddNote(" "), Alice));
        Assert.Equal(RefusalReason.TextRequired, Refusal(ticket, new TicketCommand.AskRequester(""), Alice));
        Assert.Equal(RefusalReason.TextRequired, Refusal(ticket, new TicketCommand.RequesterReplied("\n"), TheRequester));
        Assert.Equal(RefusalReason.ResolutionRequired, Refusal(ticket, new TicketCommand.Resolve(" "), Alice));
    }

    [Fact]
    public void A_ticket_is_filed_only_at_tiers_1_to_3()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Filed(tier: 4));
        Assert.Equal((TicketState.New, 3, TicketEventKind.Filed), (Filed(tier: 3).State, Filed(tier: 3).Tier, Filed(tier: 3).History[0].Kind));
    }

    private static RefusalReason Refusal(Ticket ticket, TicketCommand command, Actor actor) =>
        Assert.IsType<Refused>(Workflow.Decide(ticket, command, actor, ticket.UpdatedAt.AddMinutes(1))).Refusal.Reason;
}
