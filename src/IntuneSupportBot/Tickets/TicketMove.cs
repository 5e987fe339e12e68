namespace IntuneSupportBot.Tickets;

/// <summary>
/// One accepted change under construction: the next ticket gets the new place, one more version and one more history
/// event. A probe only asks whether the change would be accepted, so it builds neither (cards ask this of every button).
/// </summary>
internal sealed record TicketMove(Ticket Ticket, Actor By, DateTimeOffset At, bool IsProbe = false)
{
    public TicketDecision To(TicketEventKind kind, TicketState state, int tier, Person? assignee, string? note = null, Func<Ticket, Ticket>? change = null)
    {
        if (IsProbe)
        {
            return WouldBeAccepted.Instance;
        }
        var happened = new TicketEvent(Ticket.History[^1].Sequence + 1, kind, By, At, Ticket.State, Ticket.Tier, state, tier, assignee, note);
        var next = Ticket with
        {
            State = state,
            Tier = tier,
            Assignee = assignee,
            UpdatedAt = At,
            Version = Ticket.Version + 1,
            History = Ticket.History.Add(happened),
        };
        return new Accepted(change is null ? next : change(next), happened);
    }

    public TicketDecision Stay(TicketEventKind kind, string? note = null, Func<Ticket, Ticket>? change = null) =>
        To(kind, Ticket.State, Ticket.Tier, Ticket.Assignee, note, change);

    public IReadOnlyList<TicketNote> NotesWith(TicketNoteKind kind, string text) => [.. Ticket.Notes, new TicketNote(kind, By.AsPerson(), At, text)];
}

/// <summary>A probe's answer where the move would be accepted: nothing was built.</summary>
internal sealed record WouldBeAccepted : TicketDecision
{
    public static WouldBeAccepted Instance { get; } = new();
}
