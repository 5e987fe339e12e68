using System.Threading.Channels;

namespace IntuneSupportBot.Teams;

/// <summary>Wakes the dispatcher when there may be something to send; many signals before it looks count as one.</summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Completes at the next signal (or at once if one is waiting); false when <paramref name="ct"/> ends the wait.</summary>
    public async Task<bool> WaitAsync(CancellationToken ct)
    {
        try
        {
            await _wake.Reader.WaitToReadAsync(ct);
            _wake.Reader.TryRead(out _);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
