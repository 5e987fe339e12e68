using System.Collections.Concurrent;
using IntuneSupportBot.BotFramework.Connector;

namespace IntuneSupportBot.Teams;

/// <summary>
/// Teams user ids (<c>29:…</c>) of people the directory knows by Entra object id. A card's automatic refresh
/// names users by Teams id, so the tier's members are looked up once through the Bot Connector's member API of
/// their channel (Teams accepts the object id there) and remembered.
/// </summary>
public sealed partial class TeamsIdBook(ConnectorClient connector, ILogger<TeamsIdBook> logger)
{
    private readonly ConcurrentDictionary<string, string> _teamsIds = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IReadOnlyList<string>> TeamsIdsAsync(string serviceUrl, string conversationId, IEnumerable<string> objectIds, CancellationToken ct)
    {
        var found = new List<string>();
        foreach (var objectId in objectIds)
        {
            if (await TeamsIdAsync(serviceUrl, conversationId, objectId, ct) is { } teamsId)
            {
                found.Add(teamsId);
            }
        }
        return found;
    }

    /// <summary>Remembers what an inbound activity told: this object id is this Teams user.</summary>
    public void Learn(string? objectId, string? teamsId)
    {
        if (!string.IsNullOrEmpty(objectId) && teamsId?.StartsWith("29:", StringComparison.Ordinal) == true)
        {
            _teamsIds[objectId] = teamsId;
        }
    }

    private async Task<string?> TeamsIdAsync(string serviceUrl, string conversationId, string objectId, CancellationToken ct)
    {
        if (_teamsIds.TryGetValue(objectId, out var known))
        {
            return known;
        }
        try
        {
            var member = await connector.GetConversationMemberAsync(serviceUrl, conversationId, objectId, ct);
            Learn(objectId, member.Id);
            return member.Id.StartsWith("29:", StringComparison.Ordinal) ? member.Id : null;
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException or UntrustedServiceUrlException)
        {
            LogLookupFailed(logger, exception.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A tier member's Teams id could not be looked up ({Failure}); their card will not refresh by itself")]
    private static partial void LogLookupFailed(ILogger logger, string failure);
}
