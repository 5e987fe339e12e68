namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>
/// A card with its JSON. Teams' limits are on the JSON, so a builder writes a card to measure it; these are the
/// bytes that are then sent, and nothing is written twice.
/// </summary>
public sealed class WrittenCard
{
    private readonly byte[] _utf8;

    internal WrittenCard(AdaptiveCard card, byte[] utf8) => (Card, _utf8) = (card, utf8);

    public AdaptiveCard Card { get; }

    /// <summary>The JSON as it goes on the wire.</summary>
    public ReadOnlyMemory<byte> Utf8 => _utf8;

    /// <summary>
    /// Bytes of the JSON as written on the wire (System.Text.Json's default encoder writes non-ASCII as
    /// <c>\uXXXX</c>, so a Korean character costs 6 bytes): an upper bound of what Teams measures.
    /// </summary>
    public int Utf8Size => _utf8.Length;

    public bool FitsChannelPost => Utf8Size <= AdaptiveCardSerializer.ChannelPostLimitBytes;
}
