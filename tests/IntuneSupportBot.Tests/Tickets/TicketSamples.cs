using IntuneSupportBot.Graph;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Tests.Tickets;

/// <summary>The people of the tests, and tickets brought into each state by the workflow itself.</summary>
internal static class TicketSamples
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly Requester Minji = new("req-minji", "29:minji", "Minji Park", "ko-KR");

    public static readonly Actor Alice = Actor.Agent("agent-alice", "Alice Kim", tier: 1);

    public static readonly Actor Bo = Actor.Agent("agent-bo", "Bo Han", tier: 2);

    public static readonly Actor Carol = Actor.Agent("agent-carol", "Carol Shin", tier: 3);

    public static Actor TheRequester => Actor.ForRequester(Minji);

    /// <summary>A member of <paramref name="tier"/> who holds nothing.</summary>
    public static Actor Dana(int tier, bool isLead = false) => Actor.Agent("agent-dana", "Dana Cho", tier, isLead);

    public static Actor Erin(int tier) => Actor.Agent("agent-erin", "Erin Yoo", tier);

    public static TicketWorkflow Workflow { get; } = new(new TicketOptions());

    public static TicketReport Report => new()
    {
        Summary = "Autopilot fails with 0x80180014 on a reused laptop",
        Language = "en",
        Platform = DevicePlatform.Windows,
        Method = EnrollmentMethod.Autopilot,
        ErrorCodes = ["0x80180014"],
        KnownIssueId = "win-autopilot-redeploy-80180014",
        ManyAffected = true,
        AffectedEstimate = 30,
        UrgencyReasons = ["RolloutWaveBlocked"],
        Device = "LT-0042",
        StartedWhen = "this morning",
        Attachments = [new TicketAttachment("screen.png", "https://contoso.sharepoint.com/screen.png")],
    };

    public static DeviceFacts Devices => new(
        [new ManagedDeviceInfo("dev-1", "LT-0042", "Windows", "10.0.26100", "noncompliant", "managed", "windowsAzureADJoin", "company",
            Start.AddDays(-30), Start.AddHours(-2), "SN123", "Latitude 7450", "Dell")],
        [new EnrollmentFailure("fail-1", Start.AddHours(-1), "deviceNotSupported", "Autopilot redeploy blocked", "windowsAutoEnrollment",
            "Windows", "10.0.26100", "corr-1", null)],
        ContextStatus.Available);

    public static Ticket Filed(int tier = 1) => Ticket.File(new NewTicket(Minji, Report, Devices, tier), "INT-1001", 1001, Start);

    /// <summary>One ticket per state, reached the way the support plan reaches it.</summary>
    public static Ticket InState(TicketState state) => state switch
    {
        TicketState.New => Filed(),
        TicketState.Claimed => Drive(Filed(), (new TicketCommand.Claim(), Alice)),
        TicketState.Escalated => Drive(InState(TicketState.Claimed), (Escalate(), Alice)),
        TicketState.WaitingOnMicrosoft => Drive(AtTier3(), (new TicketCommand.SendToMicrosoft("2411020040000123"), Carol)),
        TicketState.ContactUser => Drive(AtTier3(), (RecordFix(), Carol)),
        TicketState.Resolved => Drive(InState(TicketState.Claimed), (new TicketCommand.Resolve("Reset the Autopilot record"), Alice)),
        TicketState.Closed => Drive(InState(TicketState.Resolved), (new TicketCommand.RequesterConfirmed(), TheRequester)),
        TicketState.Reopened => Drive(InState(TicketState.Resolved), (new TicketCommand.RequesterReopened("still broken"), TheRequester)),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "No sample for this state."),
    };

    /// <summary>Escalated twice and claimed by Carol at tier 3.</summary>
    public static Ticket AtTier3() => Drive(InState(TicketState.Escalated),
        (new TicketCommand.Claim(), Bo), (Escalate(), Bo), (new TicketCommand.Claim(), Carol));

    public static TicketCommand.Escalate Escalate() => new("Checked the Autopilot profile assignment", "Hash uploaded twice under two tenants");

    public static TicketCommand.RecordFix RecordFix() => new("Stale Autopilot record from the previous tenant", "Deregister the device and import the hash again");

    /// <summary>Each step five minutes after the last; every step must be accepted.</summary>
    public static Ticket Drive(Ticket ticket, params (TicketCommand Command, Actor Actor)[] steps)
    {
        foreach (var (command, actor) in steps)
        {
            var decision = Workflow.Decide(ticket, command, actor, ticket.UpdatedAt.AddMinutes(5));
            ticket = decision is Accepted accepted
                ? accepted.Next
                : throw new InvalidOperationException($"{command.Kind} by {actor.Name} in {ticket.State} was refused: {((Refused)decision).Refusal.Describe()}");
        }
        return ticket;
    }
}
