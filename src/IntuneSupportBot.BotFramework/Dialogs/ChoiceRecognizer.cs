using System.Globalization;
using System.Text;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>Matches an answer to a choice: exact value/title/synonym, its number in the list, or a unique containment.</summary>
public static class ChoiceRecognizer
{
    public static Choice? Recognize(string? answer, IReadOnlyList<Choice> choices)
    {
        var normalized = Normalize(answer);
        if (normalized.Length == 0)
        {
            return null;
        }
        var exact = choices.FirstOrDefault(choice => Names(choice).Any(name => Normalize(name) == normalized));
        if (exact is not null)
        {
            return exact;
        }
        if (int.TryParse(normalized.TrimEnd('.', ')', '번'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choices.Count)
        {
            return choices[number - 1];
        }
        var containing = choices.Where(choice => Names(choice).Any(name => Contains(normalized, Normalize(name)))).ToList();
        return containing.Count == 1 ? containing[0] : null;
    }

    /// <summary>Case, width and spacing folded, punctuation at the ends dropped.</summary>
    public static string Normalize(string? text) =>
        (text ?? "").Normalize(NormalizationForm.FormKC).Trim().Trim('.', '!', '?', '~', '"', '\'').Trim().ToLowerInvariant();

    /// <summary>The text of a button press that arrived as a <c>value</c> (Action.Submit) rather than as text.</summary>
    public static string? ValueText(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("choice", out var choice) && choice.ValueKind == JsonValueKind.String
            ? choice.GetString()
            : null;

    private static IEnumerable<string> Names(Choice choice) => [choice.Value, choice.Title, .. choice.Synonyms ?? []];

    private static bool Contains(string answer, string name) =>
        name.Length >= 2 && (answer.Contains(name, StringComparison.Ordinal) || (answer.Length >= 3 && name.Contains(answer, StringComparison.Ordinal)));
}
