using System.Buffers;
using System.Globalization;
using System.Text;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>
/// Makes user-typed text safe to show in a card. Teams renders TextBlock text (and fact values) as a markdown
/// subset and turns <c>&lt;at&gt;</c> tags into mentions, so text from a user must pass through
/// <see cref="Escape(string)"/>: it then shows as typed and can create no emphasis, link, list, heading or mention.
/// </summary>
public static class CardText
{
    private const char Replacement = '\uFFFD';
    private const string Ellipsis = "…";

    /// <summary>
    /// Escaped with a backslash wherever they appear: emphasis, links, code, tags and entities, and the braces of
    /// the <c>{{DATE(…)}}</c> functions. Parentheses need no escape once brackets cannot open a link.
    /// </summary>
    internal static readonly SearchValues<char> AlwaysEscaped = SearchValues.Create("\\*_[]<>`~&{}");

    /// <summary>Cleans the text (<see cref="Clean"/>) and escapes every markdown and tag character in it.</summary>
    public static string Escape(string text)
    {
        var clean = Clean(text);
        if (!NeedsEscape(clean))
        {
            return clean;
        }

        var escaped = new StringBuilder(clean.Length + 16);
        var lineStart = true;
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (c == '\n')
            {
                escaped.Append(c);
                lineStart = true;
                continue;
            }

            if (lineStart && c != ' ')
            {
                i = EscapeLineStart(clean, i, escaped);
                lineStart = false;
                continue;
            }

            if (AlwaysEscaped.Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>Truncates to <paramref name="maxChars"/> (<see cref="Truncate"/>), then escapes.</summary>
    public static string Escape(string text, int maxChars) => Escape(Truncate(text, maxChars));

    /// <summary>
    /// Removes what a reader cannot see but a renderer acts on: control characters (line breaks become
    /// <c>\n</c>, tabs a space), zero-width and bidi override characters and other invisible formatting; a
    /// lone surrogate becomes U+FFFD. A zero-width joiner inside an emoji sequence is kept.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            i += consumed;
            if (status != OperationStatus.Done)
            {
                clean.Append(Replacement);
                continue;
            }

            switch (rune.Value)
            {
                case '\r':
                    clean.Append('\n');
                    if (i < text.Length && text[i] == '\n')
                    {
                        i++;
                    }

                    continue;
                case '\n' or '\u2028' or '\u2029' or '\u0085':
                    clean.Append('\n');
                    continue;
                case '\t':
                    clean.Append(' ');
                    continue;
                case 0x200D when JoinsEmoji(clean, text, i):
                    clean.Append('\u200D');
                    continue;
                case 0xFFFE or 0xFFFF:
                    clean.Append(Replacement);
                    continue;
            }

            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                continue;
            }

            clean.Append(text.AsSpan(i - consumed, consumed));
        }

        return clean.ToString();
    }

    /// <summary>
    /// At most <paramref name="maxChars"/> UTF-16 units, cut between user-perceived characters (never inside a
    /// surrogate pair or emoji sequence), ending in "…" when something was cut.
    /// </summary>
    public static string Truncate(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, Ellipsis.Length);
        if (text.Length <= maxChars)
        {
            return text;
        }

        var budget = maxChars - Ellipsis.Length;
        var end = 0;
        while (end < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text, end);
            if (end + next > budget)
            {
                break;
            }

            end += next;
        }

        return string.Concat(text.AsSpan(0, end), Ellipsis);
    }

    // Most text (names, plain sentences, Korean) has nothing to clean or escape, and is returned as it is: these
    // checks must agree with the loops of Clean and Escape, which change nothing in such text.
    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (c < '\u0080' ? c < ' ' && c != '\n' || c == '\u007F' : char.IsSurrogate(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF'
                || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }

    private static bool NeedsEscape(string clean)
    {
        if (clean.AsSpan().ContainsAny(AlwaysEscaped))
        {
            return true;
        }

        for (var lineStart = 0; lineStart < clean.Length;)
        {
            var first = lineStart;
            while (first < clean.Length && clean[first] == ' ')
            {
                first++;
            }

            if (first < clean.Length && clean[first] != '\n' && StartsMarkdown(clean, first))
            {
                return true;
            }

            var end = clean.IndexOf('\n', first);
            lineStart = end < 0 ? clean.Length : end + 1;
        }

        return false;
    }

    private static bool StartsMarkdown(string text, int start)
    {
        if (text[start] is '#' or '-' or '+' or '=')
        {
            return true;
        }

        var digits = start;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > start && digits < text.Length && text[digits] is '.' or ')';
    }

    // Headings (#), quotes (>), list markers (- + *, "1." "1)"), setext underlines (=) and rules only mean
    // something at the start of a line; escaping them there keeps "1.5" and "a-b" as typed elsewhere.
    private static int EscapeLineStart(string text, int start, StringBuilder escaped)
    {
        var c = text[start];
        if (c is '#' or '-' or '+' or '=' || AlwaysEscaped.Contains(c))
        {
            escaped.Append('\\').Append(c);
            return start;
        }

        var digits = start;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > start && digits < text.Length && text[digits] is '.' or ')')
        {
            escaped.Append(text, start, digits - start).Append('\\').Append(text[digits]);
            return digits;
        }

        escaped.Append(c);
        return start;
    }

    // A ZWJ glues emoji into one picture (👨‍👩‍👧); anywhere else it only hides things.
    private static bool JoinsEmoji(StringBuilder before, string text, int after) =>
        before.Length > 0 && after < text.Length && IsEmojiPart(before[^1]) && IsEmojiPart(text[after]);

    private static bool IsEmojiPart(char c) =>
        char.IsSurrogate(c) || c == '\uFE0F' || c is >= '\u2190' and <= '\u2BFF';
}
