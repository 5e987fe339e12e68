using System.Text;
using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

/// <summary>
/// A message in the forms phrase lookups need: <see cref="Words"/> (folded, every run of non-letters one space)
/// for Latin phrases with word boundaries, <see cref="Compact"/> (letters and digits only) for Korean phrases,
/// whose particles attach to the word and whose spacing users vary.
/// </summary>
internal sealed record TextForms(string Folded, string Words, string Compact)
{
    public static TextForms Of(string text)
    {
        var folded = MatchText.Fold(text);
        return new TextForms(folded, ToWords(folded), MatchText.CompactFolded(folded));
    }

    public static string ToWords(string folded)
    {
        var builder = new StringBuilder(folded.Length + 2);
        var space = true;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The first place <paramref name="phrase"/> (in words form) stands as whole Latin words, or -1.</summary>
    public int IndexOfWords(string phrase)
    {
        for (var at = Words.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = Words.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsAsciiLetterOrDigit(Words[at - 1])) && (end == Words.Length || !char.IsAsciiLetterOrDigit(Words[end])))
            {
                return at;
            }
        }

        return -1;
    }
}
