namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>A rate limit in timestamp ticks: at most <see cref="Sends"/> calls in any window of <see cref="Window"/> ticks.</summary>
internal readonly record struct SendRule(int Sends, long Window);

/// <summary>
/// The times reserved for calls (timestamp ticks), in order, past and future: <see cref="SendPacer"/>'s record of
/// one thread or of the whole app. Not thread-safe: the pacer holds its lock.
/// </summary>
internal sealed class SendLog
{
    private readonly List<long> _times = [];

    public long Newest => _times.Count == 0 ? long.MinValue : _times[^1];

    /// <summary>
    /// The earliest time from <paramref name="from"/> on at which one more call keeps every rule: no window of a
    /// rule's length, past or reserved, would hold more than its number of calls.
    /// </summary>
    public long Earliest(long from, SendRule[] rules)
    {
        if (from >= Newest)
        {
            // Nothing reserved after it: only the calls before it count, and waiting out the oldest one that
            // would make a window too full is enough.
            var turn = from;
            foreach (var rule in rules)
            {
                if (_times.Count >= rule.Sends)
                {
                    turn = Math.Max(turn, _times[^rule.Sends] + rule.Window);
                }
            }
            return turn;
        }

        // Reserved calls lie ahead: a call fits only where a gap is left. Whether it fits changes only when a
        // reserved call leaves a window behind, so those moments are the ones to try, earliest first.
        var candidates = new List<long> { from };
        foreach (var rule in rules)
        {
            candidates.AddRange(_times.Select(time => time + rule.Window).Where(time => time > from));
        }
        candidates.Sort();
        return candidates.First(time => Fits(time, rules));
    }

    public void Add(long time) => _times.Insert(After(time), time);

    /// <summary>Drops calls at or before <paramref name="before"/>: no window that still matters reaches back to them.</summary>
    public void Forget(long before) => _times.RemoveRange(0, After(before));

    // Every window that would hold the call at time: those ending at it and at each reserved call less than a window after it.
    private bool Fits(long time, SendRule[] rules)
    {
        foreach (var rule in rules)
        {
            if (Count(time - rule.Window, time) >= rule.Sends)
            {
                return false;
            }
            for (var i = After(time); i < _times.Count && _times[i] < time + rule.Window; i++)
            {
                if (Count(_times[i] - rule.Window, _times[i]) >= rule.Sends)
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Calls reserved after <paramref name="start"/>, up to and at <paramref name="end"/>.</summary>
    private int Count(long start, long end) => After(end) - After(start);

    /// <summary>How many reserved times are at or before <paramref name="time"/>: the index of the first one after it.</summary>
    private int After(long time)
    {
        int low = 0, high = _times.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_times[middle] <= time)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
