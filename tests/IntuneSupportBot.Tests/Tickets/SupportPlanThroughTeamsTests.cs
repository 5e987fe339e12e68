using System.Net;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Data;
using IntuneSupportBot.Graph;
using IntuneSupportBot.Teams;
using IntuneSupportBot.Testing;
using IntuneSupportBot.Tests.Hosting;
using IntuneSupportBot.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Tests.Tickets;

/// <summary>
/// The support plan through the real host: a ticket filed for tier 1, agents of each tier pressing card buttons
/// (real adaptiveCard/action invokes over HTTP), and what reaches Teams through the Bot Connector stub.
/// Agents and channels are the demo tenant's in appsettings.json.
/// </summary>
public sealed class SupportPlanThroughTeamsTests : IAsyncLifetime
{
    private static readonly ChannelAccount Tier1Agent = Agent("dd6992c5-3d62-4297-a876-9b3e04c0642a", "이서연");
    private static readonly ChannelAccount OtherTier1Agent = Agent("b73ac4a6-569c-4f9e-94cc-feda782e9f2d", "Jordan Kim");
    private static readonly ChannelAccount Tier2Agent = Agent("2c1f70e1-ff11-4ba2-a320-920903a75885", "Priya Nair");
    private static readonly ChannelAccount Tier3Agent = Agent("a1eb79fc-f2f4-4be2-b534-d949f352cf73", "정하늘");
    private static readonly ChannelAccount Outsider = Agent("cb4e7bf0-c2b6-4e75-8fdb-490771f49186", "송지우");
    private static readonly Requester Minjun = new("caeb94d1-4baa-4a50-b4c3-1893177b53cc", "29:caeb94d1-4baa-4a50-b4c3-1893177b53cc", "김민준", "ko-KR");

    private ConnectorStub _connector = null!;
    private TestBotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _bot = await TestBotHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_ticket_goes_from_tier_1_to_tier_3_and_the_fix_comes_back_to_tier_1_and_the_requester_closes_it()
    {
        var ticket = await FileAsync();
        var tier1 = await CopyAsync(ticket.Id, 1);
        Assert.Contains(_connector.Requests, r => r.Route == ConnectorRoute.CreateConversation && r.Parameters?.IsGroup == true);

        var claimed = await PressAsync(tier1, Tier1Agent, TicketVerbs.Claim, ticket);
        Assert.Equal(TicketState.Claimed, (await FindAsync(ticket.Id)).State);
        Assert.Contains("ticket.escalate", claimed, StringComparison.Ordinal);

        await PressAsync(tier1, Tier1Agent, TicketVerbs.Escalate, await FindAsync(ticket.Id),
            (TicketInputs.Checked, "Re-ran enrollment; license OK"), (TicketInputs.Found, "0x80180014 persists"));
        var escalated = await FindAsync(ticket.Id);
        Assert.Equal((2, TicketState.Escalated), (escalated.Tier, escalated.State));
        var tier2 = await CopyAsync(ticket.Id, 2);
        await WaitForAsync(r => r.Route == ConnectorRoute.UpdateActivity && r.ConversationId == tier1.ConversationId);

        await PressAsync(tier2, Tier2Agent, TicketVerbs.Claim, escalated);
        await PressAsync(tier2, Tier2Agent, TicketVerbs.Escalate, await FindAsync(ticket.Id),
            (TicketInputs.Checked, "Enrollment restrictions reviewed"), (TicketInputs.Found, "Device limit reached for the user"));
        var tier3 = await CopyAsync(ticket.Id, 3);
        await PressAsync(tier3, Tier3Agent, TicketVerbs.Claim, await FindAsync(ticket.Id));
        await PressAsync(tier3, Tier3Agent, TicketVerbs.RecordFix, await FindAsync(ticket.Id),
            (TicketInputs.FixRootCause, "Stale device records count against the limit"), (TicketInputs.FixSteps, "Delete the stale records, then enroll again"));

        var contact = await FindAsync(ticket.Id);
        Assert.Equal((1, TicketState.ContactUser), (contact.Tier, contact.State));
        await WaitForAsync(r => r.ConversationId == tier1.ConversationId && r.Activity?.Text?.Contains("Stale device records", StringComparison.Ordinal) == true);
        await WaitForAsync(r => r.ConversationId == tier2.ConversationId && r.Activity?.Text?.Contains("Stale device records", StringComparison.Ordinal) == true);

        await PressAsync(tier1, Tier1Agent, TicketVerbs.Claim, contact);
        await PressAsync(tier1, Tier1Agent, TicketVerbs.Resolve, await FindAsync(ticket.Id), (TicketInputs.Resolution, "Called 김민준; enrolled after the clean-up"));
        Assert.Equal(TicketState.Resolved, (await FindAsync(ticket.Id)).State);
        await WaitForAsync(r => r.Activity?.Text?.Contains("해결되었습니다", StringComparison.Ordinal) == true);

        var confirm = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "", userId: Minjun.TeamsUserId, aadObjectId: Minjun.ObjectId, locale: "ko-KR") with
        {
            Text = null,
            Value = JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["ticket"] = TicketVerbs.Confirm, ["ticketId"] = ticket.Id }),
        };
        Assert.Equal(HttpStatusCode.OK, (await _bot.Client.PostAsync(confirm)).StatusCode);
        var closed = await FindAsync(ticket.Id);
        Assert.Equal(TicketState.Closed, closed.State);
        Assert.Equal(
            [TicketEventKind.Filed, TicketEventKind.Claimed, TicketEventKind.Escalated, TicketEventKind.Claimed, TicketEventKind.Escalated,
             TicketEventKind.Claimed, TicketEventKind.FixRecorded, TicketEventKind.Claimed, TicketEventKind.Resolved, TicketEventKind.Confirmed],
            closed.History.Select(e => e.Kind));
    }

    [Fact]
    public async Task Tier_3_sends_it_to_Microsoft_and_keeps_it_until_Microsoft_answers()
    {
        var ticket = await FileAsync(tier: 3);
        var tier3 = await CopyAsync(ticket.Id, 3);
        await PressAsync(tier3, Tier3Agent, TicketVerbs.Claim, ticket);

        await PressAsync(tier3, Tier3Agent, TicketVerbs.SendToMicrosoft, await FindAsync(ticket.Id), (TicketInputs.CaseNumber, "2611240010001234"));
        var waiting = await FindAsync(ticket.Id);
        Assert.Equal((3, TicketState.WaitingOnMicrosoft, "2611240010001234"), (waiting.Tier, waiting.State, waiting.MicrosoftCaseNumber));

        await PressAsync(tier3, Tier3Agent, TicketVerbs.BackFromMicrosoft, waiting, (TicketInputs.MicrosoftUpdate, "Service-side fix deployed"));
        Assert.Equal((3, TicketState.Claimed), ((await FindAsync(ticket.Id)).Tier, (await FindAsync(ticket.Id)).State));
    }

    [Fact]
    public async Task Someone_outside_the_tier_is_refused_every_action_and_nothing_changes()
    {
        var ticket = await FileAsync();
        var tier1 = await CopyAsync(ticket.Id, 1);

        foreach (var verb in new[] { TicketVerbs.Claim, TicketVerbs.Note, TicketVerbs.Escalate, TicketVerbs.Resolve })
        {
            var answer = await PressAsync(tier1, Outsider, verb, ticket, (TicketInputs.Note, "x"), (TicketInputs.Checked, "x"), (TicketInputs.Found, "x"), (TicketInputs.Resolution, "x"));
            Assert.Contains(AdaptiveCardInvokeResponse.MessageType, answer, StringComparison.Ordinal);
        }

        var after = await FindAsync(ticket.Id);
        Assert.Equal((TicketState.New, 1, 1), (after.State, after.Version, after.History.Count));
    }

    [Fact]
    public async Task The_second_claim_is_told_who_won_and_the_same_invoke_twice_is_one_transition()
    {
        var ticket = await FileAsync();
        var tier1 = await CopyAsync(ticket.Id, 1);
        var claim = TeamsActivities.CardAction(_connector.ServiceUrl, tier1.ConversationId, tier1.ActivityId, TicketVerbs.Claim,
            new Dictionary<string, object> { ["ticketId"] = ticket.Id }, Tier1Agent);

        var first = await (await _bot.Client.PostAsync(claim)).Content.ReadAsStringAsync();
        var again = await (await _bot.Client.PostAsync(claim)).Content.ReadAsStringAsync();
        var loser = await PressAsync(tier1, OtherTier1Agent, TicketVerbs.Claim, ticket);

        using var answer = JsonDocument.Parse(loser);
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, answer.RootElement.GetProperty("type").GetString());
        Assert.Contains("이서연", answer.RootElement.GetProperty("value").GetString(), StringComparison.Ordinal);
        var after = await FindAsync(ticket.Id);
        Assert.Equal(Tier1Agent.AadObjectId, after.Assignee?.ObjectId);
        Assert.Single(after.History, e => e.Kind == TicketEventKind.Claimed);
        // The redelivery, answered after the first, is told what the first was: the claimed card, not "already claimed".
        Assert.Equal(first, again);
        Assert.Equal("application/vnd.microsoft.card.adaptive", JsonDocument.Parse(again).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_requester_context_unavailable_at_filing_is_read_again_later_and_reaches_the_cards()
    {
        var ticket = await FileAsync();
        Assert.Equal(ContextStatus.Unavailable, ticket.Devices.Status);
        var tier1 = await CopyAsync(ticket.Id, 1);
        var retry = _bot.Services.GetRequiredService<DeviceContextRetry>();

        Assert.Equal(1, await retry.RunOnceAsync(CancellationToken.None));

        var after = await FindAsync(ticket.Id);
        Assert.Equal(ContextStatus.Available, after.Devices.Status);
        Assert.Contains(after.Devices.Devices, device => device.Model?.Contains("S24", StringComparison.OrdinalIgnoreCase) == true
            || device.DeviceName.Contains("S24", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(ticket.History.Count, after.History.Count);
        await WaitForAsync(r => r.Route == ConnectorRoute.UpdateActivity && r.ConversationId == tier1.ConversationId);
        Assert.Equal(0, await retry.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_urgent_ticket_alerts_the_bridge_coordinators_and_an_ordinary_one_does_not()
    {
        const string Coordinator = "8b3641d0-f4a1-4624-b0f0-1e9bcc21c6ca";

        await FileAsync();
        Assert.DoesNotContain(Coordinator, _bot.Logs.All, StringComparison.Ordinal);

        var urgent = await FileAsync(urgency: ["GoLiveToday"]);

        Assert.True(urgent.Report.Urgent);
        Assert.Contains($"activity notification 'urgentTicket' for {Coordinator}", _bot.Logs.All, StringComparison.Ordinal);
        Assert.Equal(1, urgent.Tier);
    }

    [Fact]
    public async Task Moves_made_while_Teams_throttles_the_thread_reach_its_card_in_fewer_updates_and_it_ends_with_the_newest()
    {
        var ticket = await FileAsync();
        var tier1 = await CopyAsync(ticket.Id, 1);
        bool IsTier1Update(ConnectorRequest r) => r.Route == ConnectorRoute.UpdateActivity && r.ConversationId == tier1.ConversationId;
        _connector.FailNext(429, retryAfter: TimeSpan.FromSeconds(2), when: IsTier1Update);

        await PressAsync(tier1, Tier1Agent, TicketVerbs.Claim, ticket);
        await PressAsync(tier1, Tier1Agent, TicketVerbs.Note, await FindAsync(ticket.Id), (TicketInputs.Note, "Checked the MDM user scope"));
        await PressAsync(tier1, Tier1Agent, TicketVerbs.Note, await FindAsync(ticket.Id), (TicketInputs.Note, "Asked for a new enrollment attempt"));
        await PressAsync(tier1, Tier1Agent, TicketVerbs.Unassign, await FindAsync(ticket.Id));
        // On a busy machine all four moves may be in before the first update leaves, and that one is the refused one.
        await WaitForAsync(r => IsTier1Update(r) && r.Succeeded
            && r.Activity?.Attachments?[0].Content?.GetRawText().Contains("unassigned", StringComparison.Ordinal) == true);
        await Task.Delay(TimeSpan.FromSeconds(1));

        // Four moves; one update refused with 429, then at most two: the moves that waited went in one.
        var updates = _connector.Requests.Where(IsTier1Update).ToList();
        Assert.InRange(updates.Count, 2, 3);
        Assert.Equal(429, updates[0].ResponseStatus);
        Assert.True(updates[^1].Succeeded);
        var last = updates[^1].Activity!.Attachments![0].Content!.Value.GetRawText();
        Assert.Contains("Asked for a new enrollment attempt", last, StringComparison.Ordinal);
        Assert.Contains("unassigned", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tier_member_the_bot_hears_from_later_is_in_the_next_card_refresh()
    {
        var ticket = await FileAsync();
        var tier1 = await CopyAsync(ticket.Id, 1);

        // Teams does not find the other agent by object id, so only the agent who pressed is known at first.
        var claimed = RefreshUsers(await PressAsync(tier1, Tier1Agent, TicketVerbs.Claim, ticket));
        Assert.Contains(Tier1Agent.Id, claimed);
        Assert.DoesNotContain(OtherTier1Agent.Id, claimed);

        // The other agent opens the card (a refresh invoke), which tells the bot their Teams id.
        await PressAsync(tier1, OtherTier1Agent, TicketVerbs.View, await FindAsync(ticket.Id));
        var unassigned = RefreshUsers(await PressAsync(tier1, Tier1Agent, TicketVerbs.Unassign, await FindAsync(ticket.Id)));

        Assert.Contains(Tier1Agent.Id, unassigned);
        Assert.Contains(OtherTier1Agent.Id, unassigned);
    }

    private static string[] RefreshUsers(string invokeResponse) =>
        [.. JsonDocument.Parse(invokeResponse).RootElement.GetProperty("value").GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(id => id.GetString()!)];

    [Fact]
    public async Task After_an_escalation_every_later_move_reaches_the_new_tier_thread_and_the_old_one()
    {
        var ticket = await FileAsync();
        var tier1 = await CopyAsync(ticket.Id, 1);
        await PressAsync(tier1, Tier1Agent, TicketVerbs.Claim, ticket);
        await PressAsync(tier1, Tier1Agent, TicketVerbs.Escalate, await FindAsync(ticket.Id),
            (TicketInputs.Checked, "Re-ran enrollment; license OK"), (TicketInputs.Found, "0x80180014 persists"));
        var tier2 = await CopyAsync(ticket.Id, 2);

        // Each move after the escalation is decided on the copies remembered from the move before it, which posted tier 2's.
        foreach (var (verb, marker) in new[] { (TicketVerbs.Claim, "Priya Nair"), (TicketVerbs.Unassign, "unassigned") })
        {
            await PressAsync(tier2, Tier2Agent, verb, await FindAsync(ticket.Id));
            foreach (var copy in new[] { tier1, tier2 })
            {
                await WaitForAsync(r => r.Route == ConnectorRoute.UpdateActivity && r.ConversationId == copy.ConversationId && r.ActivityId == copy.ActivityId
                    && r.Activity?.Attachments?[0].Content?.GetRawText().Contains(marker, StringComparison.Ordinal) == true);
            }
        }
    }

    private async Task<Ticket> FileAsync(int tier = 1, IReadOnlyList<string>? urgency = null)
    {
        var desk = _bot.Services.GetRequiredService<TicketDesk>();
        var report = new TicketReport
        {
            Summary = "갤럭시 S24 업무용 프로필 등록이 0x80180014 오류로 실패합니다",
            Language = "ko",
            ErrorCodes = ["0x80180014"],
            UrgencyReasons = urgency ?? [],
        };
        var place = new TeamsPlace(_connector.ServiceUrl, TeamsActivities.TenantId);
        return await desk.FileAsync(new NewTicket(Minjun, report, DeviceFacts.None, tier),
            new TeamsUserAddress(Minjun.TeamsUserId, TeamsActivities.TenantId, _connector.ServiceUrl), place, CancellationToken.None);
    }

    private async Task<string> PressAsync(CardCopy copy, ChannelAccount agent, string verb, Ticket ticket, params (string Input, string Value)[] inputs)
    {
        var data = new Dictionary<string, object> { ["ticketId"] = ticket.Id, ["version"] = ticket.Version };
        foreach (var (input, value) in inputs)
        {
            data[input] = value;
        }
        var response = await _bot.Client.PostAsync(TeamsActivities.CardAction(_connector.ServiceUrl, copy.ConversationId, copy.ActivityId, verb, data, agent));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<Ticket> FindAsync(string id) =>
        (await _bot.Services.GetRequiredService<TicketStore>().FindAsync(id, CancellationToken.None))!;

    /// <summary>Where the tier's copy of the card was posted, once the outbox has posted it.</summary>
    private async Task<CardCopy> CopyAsync(string ticketId, int tier)
    {
        var contexts = _bot.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var key = TicketCopies.Tier(ticketId, tier);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            if (await db.CardCopies.AsNoTracking().SingleOrDefaultAsync(c => c.CopyKey == key) is { } copy)
            {
                return copy;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{key} was never posted.");
    }

    private Task WaitForAsync(Func<ConnectorRequest, bool> match) => _connector.WaitForAsync(match, 1, TimeSpan.FromSeconds(10));

    private static ChannelAccount Agent(string objectId, string name) => new() { Id = $"29:{objectId}", Name = name, AadObjectId = objectId };
}
