using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>
/// What <see cref="RecentArrivals{TValue}"/> remembers of a key: a 128-bit hash of its parts instead of the strings.
/// Every turn and every ticket move adds an entry that lives for minutes, so the strings would be carried through
/// every garbage collection until then. The seed is drawn per process, so no one can aim two keys at one hash.
/// </summary>
public readonly record struct ArrivalKey(UInt128 Hash)
{
    private static readonly long Seed = Random.Shared.NextInt64();

    public static ArrivalKey Of(params ReadOnlySpan<string> parts)
    {
        var hash = new XxHash128(Seed);
        Span<byte> length = stackalloc byte[sizeof(int)];
        foreach (var part in parts)
        {
            // Each part's length first, so that ("ab", "c") and ("a", "bc") differ.
            BitConverter.TryWriteBytes(length, part.Length);
            hash.Append(length);
            hash.Append(MemoryMarshal.AsBytes(part.AsSpan()));
        }
        return new ArrivalKey(hash.GetCurrentHashAsUInt128());
    }
}
