using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Turns;

/// <summary>
/// Makes an inbound body valid Unicode JSON text before it is read. JSON's grammar lets a string escape half of a
/// surrogate pair (<c>"\ud800"</c>), and a body may hold bytes that are not UTF-8; System.Text.Json reads both into
/// an activity's untyped parts without a word and fails only when they are read as text or written again (a reply,
/// the stored conversation reference), which failed the turn after it had started and left the user without an
/// answer. Here both become U+FFFD, as <see cref="AdaptiveCards.CardText.Clean"/> does for card text.
/// </summary>
internal static class ActivityBody
{
    // Exactly as long as the escape it replaces, so a repair changes no other byte.
    private static ReadOnlySpan<byte> EscapedReplacement => "\\uFFFD"u8;

    /// <summary>The body repaired, or null when it is valid Unicode as it is (the usual case: nothing is copied).</summary>
    public static byte[]? Repair(ReadOnlySpan<byte> json)
    {
        byte[]? repaired = null;
        if (!Utf8.IsValid(json))
        {
            repaired = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json));
            json = repaired;
        }

        var i = json.IndexOf((byte)'\\');
        while (i >= 0)
        {
            var next = i + 2;
            if (EscapedUnit(json, i) is { } unit && char.IsSurrogate(unit))
            {
                if (char.IsHighSurrogate(unit) && EscapedUnit(json, i + 6) is { } low && char.IsLowSurrogate(low))
                {
                    next = i + 12;
                }
                else
                {
                    repaired ??= json.ToArray();
                    EscapedReplacement.CopyTo(repaired.AsSpan(i));
                    next = i + 6;
                }
            }

            var after = next < json.Length ? json[next..].IndexOf((byte)'\\') : -1;
            i = after < 0 ? -1 : next + after;
        }

        return repaired;
    }

    /// <summary>The UTF-16 unit of a <c>\uXXXX</c> escape at <paramref name="at"/>; null for any other escape (<c>\\</c>, <c>\n</c> …).</summary>
    private static char? EscapedUnit(ReadOnlySpan<byte> json, int at) =>
        at + 6 <= json.Length && json[at] == '\\' && json[at + 1] == 'u'
        && ushort.TryParse(json.Slice(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit)
            ? (char)unit
            : null;

    /// <summary>
    /// The activity without null items in its lists: JSON allows <c>"entities":[null]</c>, and every reader of a list
    /// takes its items to be there. The same instance when there were none.
    /// </summary>
    public static Activity WithoutNullItems(Activity activity) =>
        HasNull(activity.Attachments) || HasNull(activity.Entities) || HasNull(activity.MembersAdded) || HasNull(activity.MembersRemoved)
            ? activity with
            {
                Attachments = WithoutNulls(activity.Attachments),
                Entities = WithoutNulls(activity.Entities),
                MembersAdded = WithoutNulls(activity.MembersAdded),
                MembersRemoved = WithoutNulls(activity.MembersRemoved),
            }
            : activity;

    private static bool HasNull<T>(IReadOnlyList<T>? items) where T : class => items?.Any(item => item is null) == true;

    private static IReadOnlyList<T>? WithoutNulls<T>(IReadOnlyList<T>? items) where T : class =>
        HasNull(items) ? [.. items!.Where(item => item is not null)] : items;

    /// <summary>The whole body as one span: in place when it arrived in one segment, else copied.</summary>
    public static ReadOnlySpan<byte> Contiguous(in ReadOnlySequence<byte> body) => body.IsSingleSegment ? body.FirstSpan : body.ToArray();
}
