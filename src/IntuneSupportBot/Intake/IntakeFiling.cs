using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.State;
using IntuneSupportBot.BotFramework.Turns;
using IntuneSupportBot.Localization;
using Microsoft.Extensions.Localization;

namespace IntuneSupportBot.Intake;

/// <summary>
/// Where a finished intake goes. For now the outcome is kept durably as a pending filing (or a deflection, so
/// they can be counted) under <c>intake/filed/{conversation}/{n}</c> and <c>intake/deflected/{conversation}/{n}</c>,
/// and the user gets a reference; the ticket store takes over this body when tickets are filed from intake.
/// </summary>
public sealed partial class IntakeFiling(IStorage storage, TimeProvider clock, IStringLocalizer<Messages> text, ILogger<IntakeFiling> logger)
{
    private const int WriteAttempts = 3;

    public async Task FileAsync(TurnContext turnContext, IntakeOutcome outcome, CancellationToken ct)
    {
        var recorded = await RecordAsync(outcome, ct);
        LogRecorded(logger, recorded.Reference, outcome.Deflected ? "deflected" : "pending filing", outcome.Decision.Tier, outcome.Decision.Urgent);
        if (outcome.Deflected)
        {
            await turnContext.SendActivityAsync(text["Deflected"], ct);
            return;
        }
        var reply = text["Filed", recorded.Reference, outcome.Decision.Tier ?? 1].Value;
        if (outcome.Decision.Urgent)
        {
            reply += " " + text["FiledUrgent"];
        }
        await turnContext.SendActivityAsync(reply, ct);
    }

    /// <summary>What this conversation has recorded, newest first.</summary>
    public async Task<IReadOnlyList<PendingFiling>> ListAsync(string conversationId, CancellationToken ct)
    {
        var (index, _) = await ReadIndexAsync(IndexKey(conversationId), ct);
        return [.. index.Items.Reverse()];
    }

    private async Task<PendingFiling> RecordAsync(IntakeOutcome outcome, CancellationToken ct)
    {
        var conversationId = outcome.Requester.ConversationId;
        var indexKey = IndexKey(conversationId);
        for (var attempt = 1; ; attempt++)
        {
            var (index, etag) = await ReadIndexAsync(indexKey, ct);
            var number = outcome.Deflected ? index.Deflected + 1 : index.Filed + 1;
            var key = $"intake/{(outcome.Deflected ? "deflected" : "filed")}/{conversationId}/{number}";
            var now = clock.GetUtcNow();
            var entry = new PendingFiling(Reference(conversationId, outcome.Deflected, number, now), key, now, outcome.Deflected,
                outcome.Decision.Tier, outcome.Decision.Urgent, outcome.Match?.Issue.Id);
            var updated = index with
            {
                Filed = outcome.Deflected ? index.Filed : number,
                Deflected = outcome.Deflected ? number : index.Deflected,
                Items = [.. index.Items, entry],
            };
            var changes = new Dictionary<string, StoreItem>
            {
                [indexKey] = new(ToObject(updated, IntakeJsonContext.Default.FilingIndex), etag),
                [key] = new(ToObject(new RecordedIntake(entry.Reference, now, outcome), IntakeJsonContext.Default.RecordedIntake), null),
            };
            try
            {
                await storage.WriteAsync(changes, ct);
                return entry;
            }
            catch (StorageConflictException) when (attempt < WriteAttempts)
            {
                // Another turn of the same conversation recorded first; number after it.
            }
        }
    }

    private async Task<(FilingIndex Index, string? ETag)> ReadIndexAsync(string key, CancellationToken ct)
    {
        var items = await storage.ReadAsync([key], ct);
        return items.TryGetValue(key, out var item)
            ? (item.Value.Deserialize(IntakeJsonContext.Default.FilingIndex) ?? new FilingIndex(), item.ETag)
            : (new FilingIndex(), null);
    }

    private static JsonObject ToObject<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.SerializeToNode(value, type)!.AsObject();

    private static string IndexKey(string conversationId) => $"intake/index/{conversationId}";

    /// <summary>Short enough to read out on the phone; the conversation hash keeps references of different users apart.</summary>
    private static string Reference(string conversationId, bool deflected, int number, DateTimeOffset at)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)))[..4];
        return string.Create(CultureInfo.InvariantCulture, $"{(deflected ? "D" : "R")}-{at:yyMMdd}-{hash}{number:00}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake {Reference} recorded as {Kind}, tier {Tier}, urgent {Urgent}")]
    private static partial void LogRecorded(ILogger logger, string reference, string kind, int? tier, bool urgent);
}
