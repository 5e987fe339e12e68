namespace IntuneSupportBot.Tickets;

public enum TicketCommandKind
{
    Claim,
    Unassign,
    Reassign,
    Escalate,
    SendToMicrosoft,
    BackFromMicrosoft,
    RecordFix,
    Resolve,
    AddNote,
    AskRequester,
    RequesterReplied,
    RequesterConfirmed,
    RequesterReopened,
    AutoClose,
}

/// <summary>Something an agent, the requester or the system asks of a ticket; <see cref="TicketWorkflow"/> decides.</summary>
public abstract record TicketCommand
{
    public abstract TicketCommandKind Kind { get; }

    public sealed record Claim : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.Claim;
    }

    public sealed record Unassign : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.Unassign;
    }

    /// <summary><paramref name="To"/> is built from the directory: an agent and the tier they belong to.</summary>
    public sealed record Reassign(Actor To) : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.Reassign;
    }

    public sealed record Escalate(string Checked, string Found) : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.Escalate;
    }

    public sealed record SendToMicrosoft(string CaseNumber) : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.SendToMicrosoft;
    }

    public sealed record BackFromMicrosoft(string Note) : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.BackFromMicrosoft;
    }

    public sealed record RecordFix(string RootCause, string Fix) : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.RecordFix;
    }

    /// <summary>Tier 3 must give the root cause and fix; tiers 1 and 2 may.</summary>
    public sealed record Resolve(string Resolution, string? RootCause = null, string? Fix = null) : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.Resolve;
    }

    public sealed record AddNote(string Text) : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.AddNote;
    }

    public sealed record AskRequester(string Question) : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.AskRequester;
    }

    public sealed record RequesterReplied(string Text) : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.RequesterReplied;
    }

    public sealed record RequesterConfirmed : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.RequesterConfirmed;
    }

    public sealed record RequesterReopened(string? Reason = null) : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.RequesterReopened;
    }

    public sealed record AutoClose : TicketCommand
    {
        public override TicketCommandKind Kind => TicketCommandKind.AutoClose;
    }
}
