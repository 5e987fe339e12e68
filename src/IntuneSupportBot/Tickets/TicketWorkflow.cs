namespace IntuneSupportBot.Tickets;

/// <summary>
/// The support plan as rules. Tier 1 claims what the user reports and escalates with a handoff note; tier 2 does
/// the same up to tier 3; tier 3 finds the root cause and hands the fix back to tier 1, who contacts the user.
/// Tier 3 may wait on Microsoft (tier 4) and keeps the ticket meanwhile. Any tier may resolve what it solved itself.
/// The requester confirms (closed) or reopens within the window (back to the tier that resolved it); quiet
/// resolved tickets close on their own. Every answer is a new ticket with one more history event, or a refusal.
/// </summary>
public sealed class TicketWorkflow(TicketOptions options)
{
    public TicketDecision Decide(Ticket ticket, TicketCommand command, Actor actor, DateTimeOffset now) =>
        Decide(new TicketMove(ticket, actor, now), command);

    /// <summary>Whether <see cref="Decide"/> would accept the command now, by the same rules, without building the next ticket.</summary>
    public bool Allows(Ticket ticket, TicketCommand command, Actor actor, DateTimeOffset now) =>
        Decide(new TicketMove(ticket, actor, now, IsProbe: true), command) is WouldBeAccepted;

    private TicketDecision Decide(TicketMove move, TicketCommand command)
    {
        var (ticket, actor) = (move.Ticket, move.By);
        if (WhoMayAsk(ticket, command, actor) is { } refused)
        {
            return refused;
        }
        if (ticket.State == TicketState.Closed && command is not TicketCommand.RequesterReopened)
        {
            return Refuse(RefusalReason.TicketClosed, ticket.History[^1]);
        }
        return command switch
        {
            TicketCommand.Claim => Claim(move),
            TicketCommand.Unassign => Unassign(move),
            TicketCommand.Reassign reassign => Reassign(move, reassign.To),
            TicketCommand.Escalate escalate => Escalate(move, escalate),
            TicketCommand.SendToMicrosoft send => SendToMicrosoft(move, send.CaseNumber),
            TicketCommand.BackFromMicrosoft back => BackFromMicrosoft(move, back.Note),
            TicketCommand.RecordFix fix => RecordFix(move, fix),
            TicketCommand.Resolve resolve => Resolve(move, resolve),
            TicketCommand.AddNote note => AddNote(move, note.Text),
            TicketCommand.AskRequester ask => AskRequester(move, ask.Question),
            TicketCommand.RequesterReplied reply => RequesterReplied(move, reply.Text),
            TicketCommand.RequesterConfirmed => RequesterConfirmed(move),
            TicketCommand.RequesterReopened reopen => RequesterReopened(move, reopen.Reason),
            TicketCommand.AutoClose => AutoClose(move),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Kind, "A command the workflow does not know."),
        };
    }

    /// <summary>Requester commands come from the ticket's requester, auto-close from the system, the rest from the ticket's tier (notes also from coordinators).</summary>
    private static Refused? WhoMayAsk(Ticket ticket, TicketCommand command, Actor actor) => command switch
    {
        TicketCommand.RequesterReplied or TicketCommand.RequesterConfirmed or TicketCommand.RequesterReopened =>
            actor.Role == ActorRole.Requester && actor.ObjectId == ticket.Requester.ObjectId ? null : Refuse(RefusalReason.NotTheRequester),
        TicketCommand.AutoClose => actor.Role == ActorRole.System ? null : Refuse(RefusalReason.OnlyTheSystem),
        TicketCommand.AddNote when actor.Role == ActorRole.Coordinator => null,
        _ when actor.Role != ActorRole.Agent => Refuse(RefusalReason.NotAnAgent),
        _ when actor.Tier != ticket.Tier => Refuse(RefusalReason.WrongTier, ticket.History[^1]),
        _ => null,
    };

    private static TicketDecision Claim(TicketMove move)
    {
        var ticket = move.Ticket;
        if (ticket.State == TicketState.Resolved)
        {
            return Refuse(RefusalReason.TicketResolved, ticket.History[^1]);
        }
        if (ticket.Assignee is { } holder)
        {
            return Refuse(holder.ObjectId == move.By.ObjectId ? RefusalReason.AlreadyYours : RefusalReason.AlreadyClaimed, AssignedBy(ticket));
        }
        return move.To(TicketEventKind.Claimed, TicketState.Claimed, ticket.Tier, move.By.AsPerson());
    }

    /// <summary>The ticket goes back to the queue it was claimed from.</summary>
    private static TicketDecision Unassign(TicketMove move)
    {
        if (MustHold(move, leadMay: true) is { } refused)
        {
            return refused;
        }
        if (move.Ticket.State == TicketState.WaitingOnMicrosoft)
        {
            return Refuse(RefusalReason.WaitingOnMicrosoft, move.Ticket.History[^1]);
        }
        var queue = move.Ticket.History.Last(e => e.Kind == TicketEventKind.Claimed).FromState;
        return move.To(TicketEventKind.Unassigned, queue, move.Ticket.Tier, assignee: null);
    }

    private static TicketDecision Reassign(TicketMove move, Actor to)
    {
        if (MustHold(move, leadMay: true) is { } refused)
        {
            return refused;
        }
        if (!to.IsAgentOf(move.Ticket.Tier))
        {
            return Refuse(RefusalReason.TargetNotInTier);
        }
        if (to.ObjectId == move.Ticket.Assignee!.ObjectId)
        {
            return Refuse(RefusalReason.AlreadyAssignedToThem, AssignedBy(move.Ticket));
        }
        return move.To(TicketEventKind.Reassigned, move.Ticket.State, move.Ticket.Tier, to.AsPerson());
    }

    private static TicketDecision Escalate(TicketMove move, TicketCommand.Escalate handoff)
    {
        var ticket = move.Ticket;
        if (MustHoldClaimed(move) is { } refused)
        {
            return refused;
        }
        if (ticket.Tier >= 3)
        {
            return Refuse(RefusalReason.NoHigherTier);
        }
        if (string.IsNullOrWhiteSpace(handoff.Checked) || string.IsNullOrWhiteSpace(handoff.Found))
        {
            return Refuse(RefusalReason.HandoffNoteRequired);
        }
        var note = new Handoff(ticket.Tier, ticket.Tier + 1, move.By.AsPerson(), move.At, handoff.Checked.Trim(), handoff.Found.Trim());
        return move.To(TicketEventKind.Escalated, TicketState.Escalated, ticket.Tier + 1, assignee: null,
            change: next => next with { Handoffs = [.. ticket.Handoffs, note] });
    }

    /// <summary>Microsoft is tier 4, but the ticket stays with its tier 3 assignee while the case is open.</summary>
    private static TicketDecision SendToMicrosoft(TicketMove move, string caseNumber)
    {
        if (MustHoldClaimed(move) is { } refused)
        {
            return refused;
        }
        if (move.Ticket.Tier != 3)
        {
            return Refuse(RefusalReason.OnlyTier3);
        }
        if (string.IsNullOrWhiteSpace(caseNumber))
        {
            return Refuse(RefusalReason.CaseNumberRequired);
        }
        var number = caseNumber.Trim();
        return move.To(TicketEventKind.SentToMicrosoft, TicketState.WaitingOnMicrosoft, 3, move.Ticket.Assignee, number,
            next => next with { MicrosoftCaseNumber = number });
    }

    private static TicketDecision BackFromMicrosoft(TicketMove move, string note)
    {
        if (MustHold(move) is { } refused)
        {
            return refused;
        }
        if (move.Ticket.State != TicketState.WaitingOnMicrosoft)
        {
            return Refuse(RefusalReason.NotWaitingOnMicrosoft);
        }
        if (string.IsNullOrWhiteSpace(note))
        {
            return Refuse(RefusalReason.TextRequired);
        }
        var text = note.Trim();
        return move.To(TicketEventKind.BackFromMicrosoft, TicketState.Claimed, 3, move.Ticket.Assignee, text,
            next => next with { Notes = move.NotesWith(TicketNoteKind.MicrosoftUpdate, text) });
    }

    /// <summary>Tier 3's answer goes back to tier 1's queue as the "contact the user" task; tiers 2 and 1 see the fix.</summary>
    private static TicketDecision RecordFix(TicketMove move, TicketCommand.RecordFix fix)
    {
        if (MustHold(move) is { } refused)
        {
            return refused;
        }
        if (move.Ticket.Tier != 3)
        {
            return Refuse(RefusalReason.OnlyTier3);
        }
        if (string.IsNullOrWhiteSpace(fix.RootCause) || string.IsNullOrWhiteSpace(fix.Fix))
        {
            return Refuse(RefusalReason.RootCauseAndFixRequired);
        }
        return move.To(TicketEventKind.FixRecorded, TicketState.ContactUser, 1, assignee: null,
            change: next => next with { RootCause = fix.RootCause.Trim(), Fix = fix.Fix.Trim() });
    }

    /// <summary>Any tier resolves what it solved itself; tier 3 only with the root cause and the fix.</summary>
    private static TicketDecision Resolve(TicketMove move, TicketCommand.Resolve resolve)
    {
        var ticket = move.Ticket;
        if (MustHoldClaimed(move) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(resolve.Resolution))
        {
            return Refuse(RefusalReason.ResolutionRequired);
        }
        if (ticket.Tier == 3 && (string.IsNullOrWhiteSpace(resolve.RootCause) || string.IsNullOrWhiteSpace(resolve.Fix)))
        {
            return Refuse(RefusalReason.RootCauseAndFixRequired);
        }
        var resolution = resolve.Resolution.Trim();
        return move.To(TicketEventKind.Resolved, TicketState.Resolved, ticket.Tier, ticket.Assignee, resolution, next => next with
        {
            Resolution = resolution,
            ResolvedTier = ticket.Tier,
            ResolvedAt = move.At,
            RootCause = string.IsNullOrWhiteSpace(resolve.RootCause) ? ticket.RootCause : resolve.RootCause.Trim(),
            Fix = string.IsNullOrWhiteSpace(resolve.Fix) ? ticket.Fix : resolve.Fix.Trim(),
        });
    }

    private static TicketDecision AddNote(TicketMove move, string text) =>
        string.IsNullOrWhiteSpace(text)
            ? Refuse(RefusalReason.TextRequired)
            : move.Stay(TicketEventKind.NoteAdded, text.Trim(), next => next with { Notes = move.NotesWith(TicketNoteKind.Agent, text.Trim()) });

    private static TicketDecision AskRequester(TicketMove move, string question)
    {
        if (MustHold(move) is { } refused)
        {
            return refused;
        }
        return string.IsNullOrWhiteSpace(question)
            ? Refuse(RefusalReason.TextRequired)
            : move.Stay(TicketEventKind.RequesterAsked, question.Trim(), next => next with { Notes = move.NotesWith(TicketNoteKind.QuestionToRequester, question.Trim()) });
    }

    private static TicketDecision RequesterReplied(TicketMove move, string text) =>
        string.IsNullOrWhiteSpace(text)
            ? Refuse(RefusalReason.TextRequired)
            : move.Stay(TicketEventKind.RequesterReplied, text.Trim(), next => next with { Notes = move.NotesWith(TicketNoteKind.RequesterReply, text.Trim()) });

    private static TicketDecision RequesterConfirmed(TicketMove move) =>
        move.Ticket.State != TicketState.Resolved
            ? Refuse(RefusalReason.NotResolved, move.Ticket.History[^1])
            : move.To(TicketEventKind.Confirmed, TicketState.Closed, move.Ticket.Tier, move.Ticket.Assignee, change: next => next with { ClosedAt = move.At });

    /// <summary>Back to the queue of the tier that resolved it, as long as the window since the resolution is open.</summary>
    private TicketDecision RequesterReopened(TicketMove move, string? reason)
    {
        var ticket = move.Ticket;
        if (ticket.State is not (TicketState.Resolved or TicketState.Closed) || ticket.ResolvedAt is not { } resolvedAt)
        {
            return Refuse(RefusalReason.NotResolved, ticket.History[^1]);
        }
        if (move.At - resolvedAt > options.ReopenWindow)
        {
            return Refuse(RefusalReason.ReopenWindowPassed, ticket.History.Last(e => e.Kind == TicketEventKind.Resolved));
        }
        var note = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return move.To(TicketEventKind.Reopened, TicketState.Reopened, ticket.ResolvedTier ?? ticket.Tier, assignee: null, note,
            next => next with { Resolution = null, ResolvedTier = null, ResolvedAt = null, ClosedAt = null });
    }

    private TicketDecision AutoClose(TicketMove move)
    {
        var ticket = move.Ticket;
        if (ticket.State != TicketState.Resolved)
        {
            return Refuse(RefusalReason.NotResolved, ticket.History[^1]);
        }
        if (move.At - ticket.UpdatedAt < options.QuietPeriodBeforeAutoClose)
        {
            return Refuse(RefusalReason.QuietPeriodNotOver, ticket.History[^1]);
        }
        return move.To(TicketEventKind.AutoClosed, TicketState.Closed, ticket.Tier, ticket.Assignee, change: next => next with { ClosedAt = move.At });
    }

    /// <summary>Only the assignee acts on a held ticket; a tier lead may also take it away or hand it on.</summary>
    private static Refused? MustHold(TicketMove move, bool leadMay = false)
    {
        var ticket = move.Ticket;
        if (ticket.State == TicketState.Resolved)
        {
            return Refuse(RefusalReason.TicketResolved, ticket.History[^1]);
        }
        if (ticket.Assignee is not { } holder)
        {
            return Refuse(RefusalReason.NotClaimed, ticket.History[^1]);
        }
        return holder.ObjectId == move.By.ObjectId || (leadMay && move.By.IsLead) ? null : Refuse(RefusalReason.NotTheAssignee, AssignedBy(ticket));
    }

    /// <summary>Held and not parked with Microsoft: the case must come back first.</summary>
    private static Refused? MustHoldClaimed(TicketMove move) =>
        MustHold(move) ?? (move.Ticket.State == TicketState.WaitingOnMicrosoft ? Refuse(RefusalReason.WaitingOnMicrosoft, move.Ticket.History[^1]) : null);

    private static TicketEvent AssignedBy(Ticket ticket) =>
        ticket.History.LastOrDefault(e => e.Kind is TicketEventKind.Claimed or TicketEventKind.Reassigned) ?? ticket.History[^1];

    private static Refused Refuse(RefusalReason reason, TicketEvent? cause = null) => new(new TicketRefusal(reason, cause));
}
