using IntuneSupportBot.Cards;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Tickets;
using static IntuneSupportBot.Tests.Tickets.TicketSamples;

namespace IntuneSupportBot.Tests.Cards;

/// <summary>Tickets in every state the workflow reaches, the people who look at them, and card contexts.</summary>
internal static class CardSamples
{
    public static readonly TimeZoneInfo Seoul = TimeZoneInfo.CreateCustomTimeZone("Test/Seoul", TimeSpan.FromHours(9), "Seoul", "KST");

    public static readonly Person Frank = new("agent-frank", "Frank Lee");

    /// <summary>Each sample ticket by a name that says how it got there.</summary>
    public static IReadOnlyDictionary<string, Ticket> SampleTickets { get; } = new Dictionary<string, Ticket>
    {
        ["new"] = InState(TicketState.New),
        ["claimed"] = InState(TicketState.Claimed),
        ["escalated"] = InState(TicketState.Escalated),
        ["tier3-claimed"] = AtTier3(),
        ["waiting-on-microsoft"] = InState(TicketState.WaitingOnMicrosoft),
        ["contact-user"] = InState(TicketState.ContactUser),
        ["contact-user-claimed"] = Drive(InState(TicketState.ContactUser), (new TicketCommand.Claim(), Alice)),
        ["asked"] = Drive(InState(TicketState.Claimed), (new TicketCommand.AskRequester("Which Windows build is it?"), Alice)),
        ["answered"] = Drive(InState(TicketState.Claimed), (new TicketCommand.AskRequester("Which build?"), Alice), (new TicketCommand.RequesterReplied("26100"), TheRequester)),
        ["resolved"] = InState(TicketState.Resolved),
        ["resolved-by-tier3"] = Drive(AtTier3(), (new TicketCommand.Resolve("Re-imported the hash", "Stale record", "Deregister and import again"), Carol)),
        ["closed"] = InState(TicketState.Closed),
        ["reopened"] = InState(TicketState.Reopened),
    };

    /// <summary>Everyone who may look: agents of each tier (holder or not, lead or not), the requester, a coordinator, anyone.</summary>
    public static IReadOnlyDictionary<string, CardViewer> Viewers { get; } = new Dictionary<string, CardViewer>
    {
        ["alice-tier1"] = CardViewer.As(Alice),
        ["dana-tier1"] = CardViewer.As(Dana(1)),
        ["dana-tier1-lead"] = CardViewer.As(Dana(1, isLead: true)),
        ["bo-tier2"] = CardViewer.As(Bo),
        ["dana-tier2"] = CardViewer.As(Dana(2)),
        ["carol-tier3"] = CardViewer.As(Carol),
        ["dana-tier3-lead"] = CardViewer.As(Dana(3, isLead: true)),
        ["requester"] = CardViewer.Requester(Minji),
        ["coordinator"] = CardViewer.Coordinator("coord-gina", "Gina Oh"),
        ["read-only"] = CardViewer.ReadOnly,
    };

    public static IEnumerable<string> Languages => ["en", "ko"];

    public static IEnumerable<object[]> StatesViewersLanguages =>
        from ticket in SampleTickets.Keys from viewer in Viewers.Keys from language in Languages select new object[] { ticket, viewer, language };

    public static IEnumerable<object[]> StatesAndViewers =>
        from ticket in SampleTickets.Keys from viewer in Viewers.Keys select new object[] { ticket, viewer };

    public static DateTimeOffset NowFor(Ticket ticket) => ticket.UpdatedAt.AddMinutes(1);

    public static TicketPermissions PermissionsFor(Ticket ticket) => new(Workflow, NowFor(ticket));

    /// <summary>The tier's members as the directory lists them: its regular agent, Dana, Erin and (tier 1) Frank.</summary>
    public static IEnumerable<Person> MembersOf(int tier) => tier switch
    {
        1 => [Alice.AsPerson(), Dana(1).AsPerson(), Erin(1).AsPerson(), Frank],
        2 => [Bo.AsPerson(), Dana(2).AsPerson(), Erin(2).AsPerson()],
        _ => [Carol.AsPerson(), Dana(3).AsPerson(), Erin(3).AsPerson()],
    };

    /// <summary>The context the tier routing would give: on-duty ids, the ticket tier's members, the threads posted so far.</summary>
    public static TicketCardContext ContextFor(Ticket ticket) => new(PermissionsFor(ticket))
    {
        OnDutyTeamsIds = ["29:alice", "29:dana", "29:erin"],
        TierMembers = [.. MembersOf(ticket.Tier)],
        TierThreads = new Dictionary<int, Uri>
        {
            [1] = new("https://teams.microsoft.com/l/message/19%3Atier1%40thread.tacv2/1760000000001"),
            [2] = new("https://teams.microsoft.com/l/message/19%3Atier2%40thread.tacv2/1760000000002"),
        },
        PostedInTier = ticket.Tier,
        KnownIssueTitle = new LocalizedText("Autopilot redeploy blocked by a stale record", "이전 기록 때문에 Autopilot 재배포가 막힘"),
        TimeZone = Seoul,
    };

    /// <summary>200 history events, 20 KB of notes, a 100 KB summary and long handoffs: more than any card can show.</summary>
    public static Ticket Huge(string filler = "가나다라마바사 <at>x</at> **bold** ")
    {
        var summary = string.Concat(Enumerable.Repeat(filler, 100_000 / filler.Length + 1));
        var ticket = Filed() with { Report = Report with { Summary = summary, ErrorCodes = [.. Enumerable.Range(0, 50).Select(i => $"0x8018{i:D4}")] } };
        ticket = Drive(ticket, (new TicketCommand.Claim(), Alice));
        var note = string.Concat(Enumerable.Repeat(filler, 100 / filler.Length + 1));
        for (var i = 0; i < 198; i++)
        {
            ticket = Drive(ticket, (new TicketCommand.AddNote($"{i}: {note}"), Alice));
        }

        var longText = string.Concat(Enumerable.Repeat(filler, 4000 / filler.Length));
        return Drive(ticket,
            (new TicketCommand.Escalate(longText, longText), Alice), (new TicketCommand.Claim(), Bo),
            (new TicketCommand.Escalate(longText, longText), Bo), (new TicketCommand.Claim(), Carol),
            (new TicketCommand.SendToMicrosoft("2411020040000123"), Carol), (new TicketCommand.BackFromMicrosoft(longText), Carol),
            (new TicketCommand.RecordFix(longText, longText), Carol), (new TicketCommand.Claim(), Alice),
            (new TicketCommand.Resolve(longText), Alice));
    }

    /// <summary>A crowded tier: more on-duty members than Teams refreshes for, and long ids and names.</summary>
    public static TicketCardContext CrowdedContextFor(Ticket ticket) => ContextFor(ticket) with
    {
        OnDutyTeamsIds = [.. Enumerable.Range(0, 90).Select(i => $"29:1{new string('x', 80)}{i:D3}")],
        TierMembers = [.. Enumerable.Range(0, 200).Select(i => new Person($"{Guid.NewGuid()}", $"김민준 Agent with a long display name {i}"))],
    };
}
