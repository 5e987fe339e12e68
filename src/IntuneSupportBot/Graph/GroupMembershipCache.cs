using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace IntuneSupportBot.Graph;

/// <summary>
/// Group member lists for authorization, read once and then refreshed in the background after
/// <c>ttl</c>: an agent's click is answered from the last known list instead of waiting on Graph.
/// </summary>
internal sealed class GroupMembershipCache(
    Func<string, CancellationToken, Task<IReadOnlyList<DirectoryUser>>> readMembers,
    TimeSpan ttl,
    TimeProvider time,
    ILogger logger)
{
    private readonly ConcurrentDictionary<string, GroupMembers> groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte> refreshing = new(StringComparer.OrdinalIgnoreCase);

    public async Task<GroupMembers> GetAsync(string groupId, CancellationToken cancellationToken)
    {
        if (!groups.TryGetValue(groupId, out var known))
        {
            return await ReadAsync(groupId, cancellationToken);
        }

        if (time.GetUtcNow() - known.ReadAt >= ttl)
        {
            RefreshInBackground(groupId);
        }

        return known;
    }

    private async Task<GroupMembers> ReadAsync(string groupId, CancellationToken cancellationToken)
    {
        var members = new GroupMembers(await readMembers(groupId, cancellationToken), time.GetUtcNow());
        groups[groupId] = members;
        return members;
    }

    // A failed refresh keeps the old list (logged) and is tried again on the next question.
    private void RefreshInBackground(string groupId)
    {
        if (!refreshing.TryAdd(groupId, 0))
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await ReadAsync(groupId, CancellationToken.None);
            }
            catch (Exception exception)
            {
                DirectoryLog.MembershipRefreshFailed(logger, groupId, exception);
            }
            finally
            {
                refreshing.TryRemove(groupId, out _);
            }
        });
    }
}

internal sealed record GroupMembers(IReadOnlyList<DirectoryUser> Members, DateTimeOffset ReadAt)
{
    private readonly FrozenSet<string> ids = Members.Select(member => member.Id).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public bool Contains(string aadObjectId) => ids.Contains(aadObjectId);
}
