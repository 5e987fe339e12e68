using System.Text;

namespace IntuneSupportBot.Knowledge;

/// <summary>
/// The one text folding shared by the extractor and the matcher, so that a keyword and a message meet in the same
/// form: compatibility-normalized (full-width letters and digits become ASCII), lower-case, without invisible
/// format characters (zero-width, bidi controls) and with lone surrogates replaced (normalization refuses them).
/// </summary>
public static class MatchText
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (!IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        var clean = builder.ToString();
        if (!clean.IsNormalized(NormalizationForm.FormKC))
        {
            clean = clean.Normalize(NormalizationForm.FormKC);
        }

        return clean.ToLowerInvariant();
    }

    /// <summary>
    /// Letters and digits only, so "Couldn't create  work profile" meets "couldnt create work profile" and
    /// "권한이 없습니다" meets "권한이없습니다".
    /// </summary>
    public static string Compact(string text) => CompactFolded(Fold(text));

    public static string CompactFolded(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
