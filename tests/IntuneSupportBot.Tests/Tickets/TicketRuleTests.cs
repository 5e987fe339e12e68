using IntuneSupportBot.Tickets;
using Microsoft.Extensions.Time.Testing;
using static IntuneSupportBot.Tests.Tickets.TicketSamples;

namespace IntuneSupportBot.Tests.Tickets;

/// <summary>Who may act, and the time rules: the reopen window and the quiet period before auto-close.</summary>
public sealed class TicketRuleTests
{
    public static TheoryData<TicketCommandKind> AllCommands() => [.. Enum.GetValues<TicketCommandKind>()];

    [Theory]
    [MemberData(nameof(AllCommands))]
    public void A_tier_2_agent_is_refused_every_command_on_a_tier_1_ticket(TicketCommandKind kind)
    {
        var ticket = InState(TicketState.Claimed);
        var stranger = Actor.Agent("agent-zoe", "Zoe Lim", tier: 2, isLead: true);

        var decision = Workflow.Decide(ticket, AnyCommand(kind), stranger, ticket.UpdatedAt.AddDays(4));

        var expected = kind switch
        {
            TicketCommandKind.RequesterReplied or TicketCommandKind.RequesterConfirmed or TicketCommandKind.RequesterReopened => RefusalReason.NotTheRequester,
            TicketCommandKind.AutoClose => RefusalReason.OnlyTheSystem,
            _ => RefusalReason.WrongTier,
        };
        Assert.Equal(expected, Assert.IsType<Refused>(decision).Refusal.Reason);
    }

    [Fact]
    public void Claim_by_a_tier_2_agent_on_a_tier_1_ticket_is_refused_and_names_the_last_change()
    {
        var refusal = Assert.IsType<Refused>(Workflow.Decide(Filed(), new TicketCommand.Claim(), Bo, Start.AddMinutes(1))).Refusal;

        Assert.Equal((RefusalReason.WrongTier, TicketEventKind.Filed), (refusal.Reason, refusal.Cause?.Kind));
    }

    [Fact]
    public void Claiming_a_ticket_someone_else_holds_is_refused_with_who_claimed_it_and_when()
    {
        var ticket = InState(TicketState.Claimed);

        var refusal = Assert.IsType<Refused>(Workflow.Decide(ticket, new TicketCommand.Claim(), Dana(1), Start.AddHours(1))).Refusal;

        Assert.Equal(RefusalReason.AlreadyClaimed, refusal.Reason);
        Assert.Equal("AlreadyClaimed: Claimed by Alice Kim at 09:05 UTC", refusal.Describe());
    }

    [Fact]
    public void Only_the_assignee_escalates_a_claimed_ticket_even_a_lead_does_not()
    {
        var ticket = InState(TicketState.Claimed);

        var byMember = Workflow.Decide(ticket, Escalate(), Dana(1), Start.AddHours(1));
        var byLead = Workflow.Decide(ticket, Escalate(), Dana(1, isLead: true), Start.AddHours(1));

        Assert.Equal(RefusalReason.NotTheAssignee, Assert.IsType<Refused>(byMember).Refusal.Reason);
        Assert.Equal("Alice Kim", Assert.IsType<Refused>(byLead).Refusal.Cause?.By.Name);
    }

    [Fact]
    public void A_tier_lead_may_unassign_and_reassign_but_a_member_may_not()
    {
        var ticket = InState(TicketState.Claimed);

        var memberUnassigns = Workflow.Decide(ticket, new TicketCommand.Unassign(), Dana(1), Start.AddHours(1));
        var leadUnassigns = Workflow.Decide(ticket, new TicketCommand.Unassign(), Dana(1, isLead: true), Start.AddHours(1));
        var leadReassigns = Workflow.Decide(ticket, new TicketCommand.Reassign(Erin(1)), Dana(1, isLead: true), Start.AddHours(1));

        Assert.Equal(RefusalReason.NotTheAssignee, Assert.IsType<Refused>(memberUnassigns).Refusal.Reason);
        Assert.Null(Assert.IsType<Accepted>(leadUnassigns).Next.Assignee);
        var reassigned = Assert.IsType<Accepted>(leadReassigns);
        Assert.Equal(("Erin Yoo", "Dana Cho", TicketEventKind.Reassigned), (reassigned.Next.Assignee?.Name, reassigned.Event.By.Name, reassigned.Event.Kind));
    }

    [Fact]
    public void Reassigning_to_someone_outside_the_tier_or_to_the_holder_is_refused()
    {
        var ticket = InState(TicketState.Claimed);

        var outside = Workflow.Decide(ticket, new TicketCommand.Reassign(Erin(2)), Alice, Start.AddHours(1));
        var toHolder = Workflow.Decide(ticket, new TicketCommand.Reassign(Alice), Alice, Start.AddHours(1));

        Assert.Equal(RefusalReason.TargetNotInTier, Assert.IsType<Refused>(outside).Refusal.Reason);
        Assert.Equal(RefusalReason.AlreadyAssignedToThem, Assert.IsType<Refused>(toHolder).Refusal.Reason);
    }

    [Fact]
    public void Any_member_of_the_tier_and_a_coordinator_may_add_a_note_to_a_claimed_ticket()
    {
        var ticket = InState(TicketState.Claimed);

        var byMember = Workflow.Decide(ticket, new TicketCommand.AddNote("Same error on two more laptops"), Dana(1), Start.AddHours(1));
        var byCoordinator = Workflow.Decide(ticket, new TicketCommand.AddNote("Pulled onto the bridge"), Actor.Coordinator("coord-1", "Hana Seo"), Start.AddHours(1));
        var coordinatorClaims = Workflow.Decide(Filed(), new TicketCommand.Claim(), Actor.Coordinator("coord-1", "Hana Seo"), Start.AddHours(1));

        Assert.Equal("Alice Kim", Assert.IsType<Accepted>(byMember).Next.Assignee?.Name);
        Assert.Equal("Hana Seo", Assert.IsType<Accepted>(byCoordinator).Next.Notes[^1].Author.Name);
        Assert.Equal(RefusalReason.NotAnAgent, Assert.IsType<Refused>(coordinatorClaims).Refusal.Reason);
    }

    [Fact]
    public void Only_the_ticket_s_requester_confirms_or_reopens()
    {
        var ticket = InState(TicketState.Resolved);
        var someoneElse = new Actor("req-other", "Joon Oh", ActorRole.Requester);

        Assert.Equal(RefusalReason.NotTheRequester, Refusal(ticket, new TicketCommand.RequesterConfirmed(), someoneElse));
        Assert.Equal(RefusalReason.NotTheRequester, Refusal(ticket, new TicketCommand.RequesterReopened(), someoneElse));
        Assert.Equal(RefusalReason.NotTheRequester, Refusal(ticket, new TicketCommand.RequesterConfirmed(), Alice));
        Assert.Equal(RefusalReason.NotAnAgent, Refusal(Filed(), new TicketCommand.Claim(), TheRequester));
        Assert.Equal(RefusalReason.OnlyTheSystem, Refusal(ticket, new TicketCommand.AutoClose(), Alice));
    }

    [Fact]
    public void The_requester_reopens_within_the_window_and_not_after_it()
    {
        var resolved = InState(TicketState.Resolved);
        var window = new TicketOptions().ReopenWindow;

        var atTheEdge = Workflow.Decide(resolved, new TicketCommand.RequesterReopened(), TheRequester, resolved.ResolvedAt!.Value + window);
        var tooLate = Workflow.Decide(resolved, new TicketCommand.RequesterReopened(), TheRequester, resolved.ResolvedAt.Value + window + TimeSpan.FromSeconds(1));

        Assert.Equal((TicketState.Reopened, 1), (Assert.IsType<Accepted>(atTheEdge).Next.State, Assert.IsType<Accepted>(atTheEdge).Next.Tier));
        var refusal = Assert.IsType<Refused>(tooLate).Refusal;
        Assert.Equal((RefusalReason.ReopenWindowPassed, TicketEventKind.Resolved), (refusal.Reason, refusal.Cause?.Kind));
    }

    [Fact]
    public void An_auto_closed_ticket_may_still_be_reopened_inside_the_window_and_goes_back_to_tier_3_when_tier_3_resolved_it()
    {
        var clock = new FakeTimeProvider(Start);
        var workflow = new TicketWorkflow(new TicketOptions());
        var ticket = Drive(AtTier3(), (new TicketCommand.Resolve("Fixed in the tenant", "Stale record", "Deleted it"), Carol));
        clock.SetUtcNow(ticket.UpdatedAt);

        clock.Advance(TimeSpan.FromDays(3));
        ticket = Assert.IsType<Accepted>(workflow.Decide(ticket, new TicketCommand.AutoClose(), Actor.System, clock.GetUtcNow())).Next;
        clock.Advance(TimeSpan.FromDays(2));
        var reopened = Assert.IsType<Accepted>(workflow.Decide(ticket, new TicketCommand.RequesterReopened("Broken again"), TheRequester, clock.GetUtcNow())).Next;

        Assert.Equal((TicketState.Reopened, 3, null, null), (reopened.State, reopened.Tier, reopened.ClosedAt, reopened.Assignee));
    }

    [Fact]
    public void A_resolved_ticket_closes_by_itself_only_after_the_quiet_period_and_any_activity_restarts_it()
    {
        var clock = new FakeTimeProvider(Start);
        var workflow = new TicketWorkflow(new TicketOptions { QuietPeriodBeforeAutoClose = TimeSpan.FromHours(48) });
        var ticket = InState(TicketState.Resolved);
        clock.SetUtcNow(ticket.UpdatedAt);

        clock.Advance(TimeSpan.FromHours(47));
        Assert.Equal(RefusalReason.QuietPeriodNotOver, Refusal(workflow, ticket, new TicketCommand.AutoClose(), Actor.System, clock));
        ticket = Assert.IsType<Accepted>(workflow.Decide(ticket, new TicketCommand.RequesterReplied("Let me try at home"), TheRequester, clock.GetUtcNow())).Next;
        clock.Advance(TimeSpan.FromHours(47));
        Assert.Equal(RefusalReason.QuietPeriodNotOver, Refusal(workflow, ticket, new TicketCommand.AutoClose(), Actor.System, clock));
        clock.Advance(TimeSpan.FromHours(1));

        var closed = Assert.IsType<Accepted>(workflow.Decide(ticket, new TicketCommand.AutoClose(), Actor.System, clock.GetUtcNow()));

        Assert.Equal((TicketState.Closed, clock.GetUtcNow()), (closed.Next.State, closed.Next.ClosedAt));
        Assert.Equal((TicketEventKind.AutoClosed, ActorRole.System), (closed.Event.Kind, closed.Event.By.Role));
    }

    private static RefusalReason Refusal(Ticket ticket, TicketCommand command, Actor actor) =>
        Assert.IsType<Refused>(Workflow.Decide(ticket, command, actor, ticket.UpdatedAt.AddMinutes(1))).Refusal.Reason;

    private static RefusalReason Refusal(TicketWorkflow workflow, Ticket ticket, TicketCommand command, Actor actor, TimeProvider clock) =>
        Assert.IsType<Refused>(workflow.Decide(ticket, command, actor, clock.GetUtcNow())).Refusal.Reason;

    private static TicketCommand AnyCommand(TicketCommandKind kind) => kind switch
    {
        TicketCommandKind.Claim => new TicketCommand.Claim(),
        TicketCommandKind.Unassign => new TicketCommand.Unassign(),
        TicketCommandKind.Reassign => new TicketCommand.Reassign(Erin(1)),
        TicketCommandKind.Escalate => Escalate(),
        TicketCommandKind.SendToMicrosoft => new TicketCommand.SendToMicrosoft("1"),
        TicketCommandKind.BackFromMicrosoft => new TicketCommand.BackFromMicrosoft("reply"),
        TicketCommandKind.RecordFix => RecordFix(),
        TicketCommandKind.Resolve => new TicketCommand.Resolve("done", "cause", "fix"),
        TicketCommandKind.AddNote => new TicketCommand.AddNote("note"),
        TicketCommandKind.AskRequester => new TicketCommand.AskRequester("question"),
        TicketCommandKind.RequesterReplied => new TicketCommand.RequesterReplied("answer"),
        TicketCommandKind.RequesterConfirmed => new TicketCommand.RequesterConfirmed(),
        TicketCommandKind.RequesterReopened => new TicketCommand.RequesterReopened(),
        TicketCommandKind.AutoClose => new TicketCommand.AutoClose(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No sample command."),
    };
}
