using System.Collections.Concurrent;

namespace IntuneSupportBot.Teams;

/// <summary>
/// The card copies known to have a refresh waiting in the outbox, so a card change can skip asking the database for
/// them: a waiting refresh draws the card when it is sent, so it shows every change made before that. A copy is
/// listed only after a refresh of it is committed as waiting (<see cref="Data.GroupCommit.AfterCommit"/>), and struck
/// off inside the very write that claims it for sending, before that commits; a waiting refresh leaves that state
/// no other way. So a listed copy always has one waiting; an unlisted one is merely unknown and is asked about.
/// One process owns the SQLite file, so nothing else claims behind this list's back.
/// </summary>
public sealed class WaitingRefreshes
{
    private readonly ConcurrentDictionary<string, byte> _copies = new(StringComparer.Ordinal);

    public bool IsWaiting(string copyKey) => _copies.ContainsKey(copyKey);

    public void Waiting(IEnumerable<string> copyKeys)
    {
        foreach (var copyKey in copyKeys)
        {
            _copies.TryAdd(copyKey, 0);
        }
    }

    public void Claimed(string copyKey) => _copies.TryRemove(copyKey, out _);
}
