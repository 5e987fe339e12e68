using System.Collections.Concurrent;
using IntuneSupportBot.BotFramework.Connector;

namespace IntuneSupportBot.Teams;

/// <summary>
/// Teams user ids (<c>29:…</c>) of people the directory knows by Entra object id. A card's automatic refresh
/// names users by Teams id, so the tier's members are looked up once through the Bot Connector's member API of
/// their channel (Teams accepts the object id there) and remembered; a failed look-up is not repeated for a while,
/// so filing tickets never hammers the connector.
/// </summary>
public sealed partial class TeamsIdBook(ConnectorClient connector, TimeProvider clock, ILogger<TeamsIdBook> logger)
{
    private static readonly TimeSpan RetryUnknownAfter = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IReadOnlyList<string>> TeamsIdsAsync(string serviceUrl, string conversationId, IEnumerable<string> objectIds, CancellationToken ct)
    {
        var found = new List<string>();
        foreach (var objectId in objectIds)
        {
            // Known ids are answered without an awaited call: every card press asks for every tier member's.
            var teamsId = Known(objectId, out var known) ? known : await LookUpAsync(serviceUrl, conversationId, objectId, ct);
            if (teamsId is not null)
            {
                found.Add(teamsId);
            }
        }
        return found;
    }

    /// <summary>Remembers what an inbound activity told: this object id is this Teams user.</summary>
    public void Learn(string? objectId, string? teamsId)
    {
        if (!string.IsNullOrEmpty(objectId) && IsTeamsUserId(teamsId))
        {
            _entries[objectId] = new Entry(teamsId, DateTimeOffset.MaxValue);
        }
    }

    /// <summary>True with the remembered answer (an id, or null for a recent failed look-up) while it still holds.</summary>
    private bool Known(string objectId, out string? teamsId)
    {
        var known = _entries.TryGetValue(objectId, out var entry) && entry.Until > clock.GetUtcNow();
        teamsId = known ? entry!.TeamsId : null;
        return known;
    }

    private async Task<string?> LookUpAsync(string serviceUrl, string conversationId, string objectId, CancellationToken ct)
    {
        string? teamsId = null;
        try
        {
            var member = await connector.GetConversationMemberAsync(serviceUrl, conversationId, objectId, ct);
            teamsId = IsTeamsUserId(member.Id) ? member.Id : null;
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException or UntrustedServiceUrlException)
        {
            LogLookupFailed(logger, exception.GetType().Name);
        }
        _entries[objectId] = new Entry(teamsId, teamsId is null ? clock.GetUtcNow() + RetryUnknownAfter : DateTimeOffset.MaxValue);
        return teamsId;
    }

    private static bool IsTeamsUserId(string? id) => id?.StartsWith("29:", StringComparison.Ordinal) == true;

    private sealed record Entry(string? TeamsId, DateTimeOffset Until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A tier member's Teams id could not be looked up ({Failure}); their card will not refresh by itself")]
    private static partial void LogLookupFailed(ILogger logger, string failure);
}
