using System.Text.RegularExpressions;
using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

/// <summary>
/// A list of phrases, folded once: Latin phrases match whole words, phrases with Hangul match anywhere and
/// regardless of spacing.
/// </summary>
internal sealed partial class PhraseSet
{
    private readonly string[] latin;
    private readonly string[] hangul;

    public PhraseSet(params string[] phrases)
    {
        latin = [.. phrases.Where(phrase => !HasHangul(phrase)).Select(phrase => TextForms.ToWords(MatchText.Fold(phrase)))];
        hangul = [.. phrases.Where(HasHangul).Select(MatchText.Compact)];
    }

    public bool IsFoundIn(TextForms text)
    {
        foreach (var phrase in hangul)
        {
            if (text.Compact.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var phrase in latin)
        {
            if (text.IndexOfWords(phrase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the earliest phrase stands in the words form (Hangul phrases here must be single words), or -1.</summary>
    public int FirstIndexIn(TextForms text)
    {
        var first = -1;
        foreach (var phrase in hangul)
        {
            var at = text.Words.IndexOf(phrase, StringComparison.Ordinal);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }

        foreach (var phrase in latin)
        {
            var at = text.IndexOfWords(phrase);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }

        return first;
    }

    private static bool HasHangul(string text) => HangulPattern().IsMatch(text);

    [GeneratedRegex(@"[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]")]
    private static partial Regex HangulPattern();
}
