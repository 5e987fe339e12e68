using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.State;
using IntuneSupportBot.BotFramework.Turns;
using IntuneSupportBot.Graph;
using IntuneSupportBot.Localization;
using IntuneSupportBot.Teams;
using IntuneSupportBot.Tickets;
using Microsoft.Extensions.Localization;

namespace IntuneSupportBot.Intake;

/// <summary>
/// Where a finished intake goes: a ticket in its starting tier's channel (with the requester's own card), or —
/// when the known fix worked — a recorded deflection under <c>intake/deflected/…</c>, so deflections can be counted.
/// </summary>
public sealed partial class IntakeFiling(
    TicketDesk desk,
    TicketStore tickets,
    IDirectory directory,
    IStorage storage,
    IStringLocalizer<Messages> text,
    ILogger<IntakeFiling> logger)
{
    public async Task FileAsync(TurnContext turnContext, IntakeOutcome outcome, CancellationToken ct)
    {
        if (outcome.Deflected)
        {
            await RecordDeflectionAsync(turnContext, outcome, ct);
            await turnContext.SendActivityAsync(text["Deflected"], ct);
            return;
        }
        var place = TeamsPlace.Of(turnContext.Activity);
        var requester = IntakeTicket.Requester(outcome, turnContext.Activity);
        var context = await directory.GetRequesterContextAsync(requester.ObjectId, ct);
        var ticket = await desk.FileAsync(IntakeTicket.From(outcome, requester, DeviceFacts.From(context)),
            new TeamsUserAddress(requester.TeamsUserId, place.TenantId, place.ServiceUrl, turnContext.Activity.Conversation?.Id), place, ct);
        LogFiled(logger, ticket.Id, ticket.Tier, ticket.Report.Urgent);
        var reply = text["Filed", ticket.Id, ticket.Tier].Value;
        if (ticket.Report.Urgent)
        {
            reply += " " + text["FiledUrgent"];
        }
        await turnContext.SendActivityAsync(reply, ct);
    }

    /// <summary>The requester's open tickets, newest first.</summary>
    public async Task<IReadOnlyList<Ticket>> ListAsync(TurnContext turnContext, CancellationToken ct) =>
        turnContext.Activity.From?.AadObjectId is { Length: > 0 } objectId
            ? await tickets.ForRequesterAsync(objectId, openOnly: true, ct)
            : [];

    private async Task RecordDeflectionAsync(TurnContext turnContext, IntakeOutcome outcome, CancellationToken ct)
    {
        var key = string.Create(CultureInfo.InvariantCulture,
            $"intake/deflected/{outcome.Requester.ConversationId}/{turnContext.Activity.Id ?? outcome.CompletedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}");
        var record = JsonSerializer.SerializeToNode(new RecordedIntake(key, outcome.CompletedAt, outcome), IntakeJsonContext.Default.RecordedIntake)!.AsObject();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(record, StoreItem.AnyETag) }, ct);
        LogDeflected(logger, outcome.Match?.Issue.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake filed as {TicketId}, tier {Tier}, urgent {Urgent}")]
    private static partial void LogFiled(ILogger logger, string ticketId, int tier, bool urgent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake deflected by the known fix {KnownIssueId}; no ticket")]
    private static partial void LogDeflected(ILogger logger, string? knownIssueId);
}
