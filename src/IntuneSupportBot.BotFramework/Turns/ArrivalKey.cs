using System.Buffers;
using System.Buffers.Binary;
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
    private const int StackLimit = 1024;
    private static readonly long Seed = Random.Shared.NextInt64();

    public static ArrivalKey Of(params ReadOnlySpan<string> parts)
    {
        var length = 0;
        foreach (var part in parts)
        {
            length += sizeof(int) + part.Length * sizeof(char);
        }
        byte[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var written = 0;
        foreach (var part in parts)
        {
            // Each part's length first, so that ("ab", "c") and ("a", "bc") differ.
            BinaryPrimitives.WriteInt32LittleEndian(buffer[written..], part.Length);
            written += sizeof(int);
            MemoryMarshal.AsBytes(part.AsSpan()).CopyTo(buffer[written..]);
            written += part.Length * sizeof(char);
        }
        var key = new ArrivalKey(XxHash128.HashToUInt128(buffer[..written], Seed));
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
        return key;
    }
}
