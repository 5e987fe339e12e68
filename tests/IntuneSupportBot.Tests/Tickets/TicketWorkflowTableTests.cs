using System.Text.Json;
using IntuneSupportBot.Tickets;
using static IntuneSupportBot.Tests.Tickets.TicketSamples;
using C = IntuneSupportBot.Tickets.TicketCommandKind;
using R = IntuneSupportBot.Tickets.RefusalReason;
using S = IntuneSupportBot.Tickets.TicketState;

namespace IntuneSupportBot.Tests.Tickets;

/// <summary>
/// Every command in every state, asked by the one who would normally ask it: the assignee of a held ticket, a
/// member of the ticket's tier otherwise, the requester for requester commands, the system for auto-close.
/// Valid inputs throughout, four days after the last change (past the quiet period, inside the reopen window).
/// </summary>
public sealed class TicketWorkflowTableTests
{
    private const string Nobody = "-";

    /// <summary>The support plan, one line per (state, command): where the ticket goes, or why not.</summary>
    private static readonly Dictionary<(S, C), Expectation> Plan = new()
    {
        [(S.New, C.Claim)] = Moves(S.Claimed, 1, "Dana Cho"),
        [(S.New, C.Unassign)] = Refuses(R.NotClaimed),
        [(S.New, C.Reassign)] = Refuses(R.NotClaimed),
        [(S.New, C.Escalate)] = Refuses(R.NotClaimed),
        [(S.New, C.SendToMicrosoft)] = Refuses(R.NotClaimed),
        [(S.New, C.BackFromMicrosoft)] = Refuses(R.NotClaimed),
        [(S.New, C.RecordFix)] = Refuses(R.NotClaimed),
        [(S.New, C.Resolve)] = Refuses(R.NotClaimed),
        [(S.New, C.AddNote)] = Moves(S.New, 1, Nobody),
        [(S.New, C.AskRequester)] = Refuses(R.NotClaimed),
        [(S.New, C.RequesterReplied)] = Moves(S.New, 1, Nobody),
        [(S.New, C.RequesterConfirmed)] = Refuses(R.NotResolved),
        [(S.New, C.RequesterReopened)] = Refuses(R.NotResolved),
        [(S.New, C.AutoClose)] = Refuses(R.NotResolved),

        [(S.Claimed, C.Claim)] = Refuses(R.AlreadyYours),
        [(S.Claimed, C.Unassign)] = Moves(S.New, 1, Nobody),
        [(S.Claimed, C.Reassign)] = Moves(S.Claimed, 1, "Erin Yoo"),
        [(S.Claimed, C.Escalate)] = Moves(S.Escalated, 2, Nobody),
        [(S.Claimed, C.SendToMicrosoft)] = Refuses(R.OnlyTier3),
        [(S.Claimed, C.BackFromMicrosoft)] = Refuses(R.NotWaitingOnMicrosoft),
        [(S.Claimed, C.RecordFix)] = Refuses(R.OnlyTier3),
        [(S.Claimed, C.Resolve)] = Moves(S.Resolved, 1, "Alice Kim"),
        [(S.Claimed, C.AddNote)] = Moves(S.Claimed, 1, "Alice Kim"),
        [(S.Claimed, C.AskRequester)] = Moves(S.Claimed, 1, "Alice Kim"),
        [(S.Claimed, C.RequesterReplied)] = Moves(S.Claimed, 1, "Alice Kim"),
        [(S.Claimed, C.RequesterConfirmed)] = Refuses(R.NotResolved),
        [(S.Claimed, C.RequesterReopened)] = Refuses(R.NotResolved),
        [(S.Claimed, C.AutoClose)] = Refuses(R.NotResolved),

        [(S.Escalated, C.Claim)] = Moves(S.Claimed, 2, "Dana Cho"),
        [(S.Escalated, C.Unassign)] = Refuses(R.NotClaimed),
        [(S.Escalated, C.Reassign)] = Refuses(R.NotClaimed),
        [(S.Escalated, C.Escalate)] = Refuses(R.NotClaimed),
        [(S.Escalated, C.SendToMicrosoft)] = Refuses(R.NotClaimed),
        [(S.Escalated, C.BackFromMicrosoft)] = Refuses(R.NotClaimed),
        [(S.Escalated, C.RecordFix)] = Refuses(R.NotClaimed),
        [(S.Escalated, C.Resolve)] = Refuses(R.NotClaimed),
        [(S.Escalated, C.AddNote)] = Moves(S.Escalated, 2, Nobody),
        [(S.Escalated, C.AskRequester)] = Refuses(R.NotClaimed),
        [(S.Escalated, C.RequesterReplied)] = Moves(S.Escalated, 2, Nobody),
        [(S.Escalated, C.RequesterConfirmed)] = Refuses(R.NotResolved),
        [(S.Escalated, C.RequesterReopened)] = Refuses(R.NotResolved),
        [(S.Escalated, C.AutoClose)] = Refuses(R.NotResolved),

        [(S.WaitingOnMicrosoft, C.Claim)] = Refuses(R.AlreadyYours),
        [(S.WaitingOnMicrosoft, C.Unassign)] = Refuses(R.WaitingOnMicrosoft),
        [(S.WaitingOnMicrosoft, C.Reassign)] = Moves(S.WaitingOnMicrosoft, 3, "Erin Yoo"),
        [(S.WaitingOnMicrosoft, C.Escalate)] = Refuses(R.WaitingOnMicrosoft),
        [(S.WaitingOnMicrosoft, C.SendToMicrosoft)] = Refuses(R.WaitingOnMicrosoft),
        [(S.WaitingOnMicrosoft, C.BackFromMicrosoft)] = Moves(S.Claimed, 3, "Carol Shin"),
        [(S.WaitingOnMicrosoft, C.RecordFix)] = Moves(S.ContactUser, 1, Nobody),
        [(S.WaitingOnMicrosoft, C.Resolve)] = Refuses(R.WaitingOnMicrosoft),
        [(S.WaitingOnMicrosoft, C.AddNote)] = Moves(S.WaitingOnMicrosoft, 3, "Carol Shin"),
        [(S.WaitingOnMicrosoft, C.AskRequester)] = Moves(S.WaitingOnMicrosoft, 3, "Carol Shin"),
        [(S.WaitingOnMicrosoft, C.RequesterReplied)] = Moves(S.WaitingOnMicrosoft, 3, "Carol Shin"),
        [(S.WaitingOnMicrosoft, C.RequesterConfirmed)] = Refuses(R.NotResolved),
        [(S.WaitingOnMicrosoft, C.RequesterReopened)] = Refuses(R.NotResolved),
        [(S.WaitingOnMicrosoft, C.AutoClose)] = Refuses(R.NotResolved),

        [(S.ContactUser, C.Claim)] = Moves(S.Claimed, 1, "Dana Cho"),
        [(S.ContactUser, C.Unassign)] = Refuses(R.NotClaimed),
        [(S.ContactUser, C.Reassign)] = Refuses(R.NotClaimed),
        [(S.ContactUser, C.Escalate)] = Refuses(R.NotClaimed),
        [(S.ContactUser, C.SendToMicrosoft)] = Refuses(R.NotClaimed),
        [(S.ContactUser, C.BackFromMicrosoft)] = Refuses(R.NotClaimed),
        [(S.ContactUser, C.RecordFix)] = Refuses(R.NotClaimed),
        [(S.ContactUser, C.Resolve)] = Refuses(R.NotClaimed),
        [(S.ContactUser, C.AddNote)] = Moves(S.ContactUser, 1, Nobody),
        [(S.ContactUser, C.AskRequester)] = Refuses(R.NotClaimed),
        [(S.ContactUser, C.RequesterReplied)] = Moves(S.ContactUser, 1, Nobody),
        [(S.ContactUser, C.RequesterConfirmed)] = Refuses(R.NotResolved),
        [(S.ContactUser, C.RequesterReopened)] = Refuses(R.NotResolved),
        [(S.ContactUser, C.AutoClose)] = Refuses(R.NotResolved),

        [(S.Resolved, C.Claim)] = Refuses(R.TicketResolved),
        [(S.Resolved, C.Unassign)] = Refuses(R.TicketResolved),
        [(S.Resolved, C.Reassign)] = Refuses(R.TicketResolved),
        [(S.Resolved, C.Escalate)] = Refuses(R.TicketResolved),
        [(S.Resolved, C.SendToMicrosoft)] = Refuses(R.TicketResolved),
        [(S.Resolved, C.BackFromMicrosoft)] = Refuses(R.TicketResolved),
        [(S.Resolved, C.RecordFix)] = Refuses(R.TicketResolved),
        [(S.Resolved, C.Resolve)] = Refuses(R.TicketResolved),
        [(S.Resolved, C.AddNote)] = Moves(S.Resolved, 1, "Alice Kim"),
        [(S.Resolved, C.AskRequester)] = Refuses(R.TicketResolved),
        [(S.Resolved, C.RequesterReplied)] = Moves(S.Resolved, 1, "Alice Kim"),
        [(S.Resolved, C.RequesterConfirmed)] = Moves(S.Closed, 1, "Alice Kim"),
        [(S.Resolved, C.RequesterReopened)] = Moves(S.Reopened, 1, Nobody),
        [(S.Resolved, C.AutoClose)] = Moves(S.Closed, 1, "Alice Kim"),

        [(S.Closed, C.Claim)] = Refuses(R.TicketClosed),
        [(S.Closed, C.Unassign)] = Refuses(R.TicketClosed),
        [(S.Closed, C.Reassign)] = Refuses(R.TicketClosed),
        [(S.Closed, C.Escalate)] = Refuses(R.TicketClosed),
        [(S.Closed, C.SendToMicrosoft)] = Refuses(R.TicketClosed),
        [(S.Closed, C.BackFromMicrosoft)] = Refuses(R.TicketClosed),
        [(S.Closed, C.RecordFix)] = Refuses(R.TicketClosed),
        [(S.Closed, C.Resolve)] = Refuses(R.TicketClosed),
        [(S.Closed, C.AddNote)] = Refuses(R.TicketClosed),
        [(S.Closed, C.AskRequester)] = Refuses(R.TicketClosed),
        [(S.Closed, C.RequesterReplied)] = Refuses(R.TicketClosed),
        [(S.Closed, C.RequesterConfirmed)] = Refuses(R.TicketClosed),
        [(S.Closed, C.RequesterReopened)] = Moves(S.Reopened, 1, Nobody),
        [(S.Closed, C.AutoClose)] = Refuses(R.TicketClosed),

        [(S.Reopened, C.Claim)] = Moves(S.Claimed, 1, "Dana Cho"),
        [(S.Reopened, C.Unassign)] = Refuses(R.NotClaimed),
        [(S.Reopened, C.Reassign)] = Refuses(R.NotClaimed),
        [(S.Reopened, C.Escalate)] = Refuses(R.NotClaimed),
        [(S.Reopened, C.SendToMicrosoft)] = Refuses(R.NotClaimed),
        [(S.Reopened, C.BackFromMicrosoft)] = Refuses(R.NotClaimed),
        [(S.Reopened, C.RecordFix)] = Refuses(R.NotClaimed),
        [(S.Reopened, C.Resolve)] = Refuses(R.NotClaimed),
        [(S.Reopened, C.AddNote)] = Moves(S.Reopened, 1, Nobody),
        [(S.Reopened, C.AskRequester)] = Refuses(R.NotClaimed),
        [(S.Reopened, C.RequesterReplied)] = Moves(S.Reopened, 1, Nobody),
        [(S.Reopened, C.RequesterConfirmed)] = Refuses(R.NotResolved),
        [(S.Reopened, C.RequesterReopened)] = Refuses(R.NotResolved),
        [(S.Reopened, C.AutoClose)] = Refuses(R.NotResolved),
    };

    public static TheoryData<S, C> Pairs()
    {
        var pairs = new TheoryData<S, C>();
        foreach (var state in Enum.GetValues<S>())
        {
            foreach (var command in Enum.GetValues<C>())
            {
                pairs.Add(state, command);
            }
        }
        return pairs;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Every_command_in_every_state_moves_as_the_plan_says_or_is_refused_with_its_reason(S state, C kind)
    {
        Assert.True(Plan.TryGetValue((state, kind), out var expected), $"The plan has no line for {kind} in {state}.");
        var ticket = InState(state);
        var before = JsonSerializer.Serialize(ticket);
        var now = ticket.UpdatedAt.AddDays(4);

        var decision = Workflow.Decide(ticket, CommandOf(kind, ticket), ActorFor(kind, ticket), now);

        Assert.Equal(expected.Refusal is null, Workflow.Allows(ticket, CommandOf(kind, ticket), ActorFor(kind, ticket), now));
        Assert.Equal(before, JsonSerializer.Serialize(ticket));
        if (expected.Refusal is { } reason)
        {
            var refused = Assert.IsType<Refused>(decision);
            Assert.Equal(reason, refused.Refusal.Reason);
            return;
        }
        var accepted = Assert.IsType<Accepted>(decision);
        var next = accepted.Next;
        Assert.Equal((expected.State, expected.Tier, expected.Assignee), (next.State, next.Tier, next.Assignee?.Name ?? Nobody));
        Assert.Equal(ticket.History.Count + 1, next.History.Count);
        Assert.Equal(ticket.History, next.History.Take(ticket.History.Count));
        Assert.Same(accepted.Event, next.History[^1]);
        Assert.Equal((ticket.State, ticket.Tier, next.State, next.Tier), (accepted.Event.FromState, accepted.Event.FromTier, accepted.Event.ToState, accepted.Event.ToTier));
        Assert.Equal((now, ticket.Version + 1, next.History.Count), (next.UpdatedAt, next.Version, accepted.Event.Sequence));
    }

    private static TicketCommand CommandOf(C kind, Ticket ticket) => kind switch
    {
        C.Claim => new TicketCommand.Claim(),
        C.Unassign => new TicketCommand.Unassign(),
        C.Reassign => new TicketCommand.Reassign(Erin(ticket.Tier)),
        C.Escalate => Escalate(),
        C.SendToMicrosoft => new TicketCommand.SendToMicrosoft("2411020040000999"),
        C.BackFromMicrosoft => new TicketCommand.BackFromMicrosoft("Microsoft confirmed a service-side fix"),
        C.RecordFix => RecordFix(),
        C.Resolve => new TicketCommand.Resolve("Fixed", "Stale record", "Re-import the hash"),
        C.AddNote => new TicketCommand.AddNote("Looked at the sync log"),
        C.AskRequester => new TicketCommand.AskRequester("Which Windows edition is it?"),
        C.RequesterReplied => new TicketCommand.RequesterReplied("Windows 11 Pro"),
        C.RequesterConfirmed => new TicketCommand.RequesterConfirmed(),
        C.RequesterReopened => new TicketCommand.RequesterReopened("It fails again"),
        C.AutoClose => new TicketCommand.AutoClose(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No sample command."),
    };

    private static Actor ActorFor(C kind, Ticket ticket) => kind switch
    {
        C.RequesterReplied or C.RequesterConfirmed or C.RequesterReopened => TheRequester,
        C.AutoClose => Actor.System,
        _ when ticket.Assignee is { } holder => Actor.Agent(holder.ObjectId, holder.Name, ticket.Tier),
        _ => Dana(ticket.Tier),
    };

    private static Expectation Moves(S state, int tier, string assignee) => new(state, tier, assignee, null);

    private static Expectation Refuses(R reason) => new(default, 0, Nobody, reason);

    private sealed record Expectation(S State, int Tier, string Assignee, R? Refusal);
}
