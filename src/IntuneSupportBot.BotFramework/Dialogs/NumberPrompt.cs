using System.Globalization;
using System.Text;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>A whole number, also when typed with full-width digits or a unit after it ("12명", "30 devices").</summary>
public sealed class NumberPrompt(string id, PromptValidator<int>? validator = null) : Prompt<int>(id, validator)
{
    protected override (bool Recognized, int Value) Recognize(Activity activity, PromptOptions options) =>
        TryParse(activity.Text, out var number) ? (true, number) : (false, 0);

    public static bool TryParse(string? text, out int number)
    {
        number = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var digits = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC).Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == ',' && digits.Length > 0)
            {
                continue;
            }
            else if (digits.Length > 0 || !char.IsWhiteSpace(c) && c is not ('+' or '~' or '약'))
            {
                break;
            }
        }
        return digits.Length is > 0 and <= 9 && int.TryParse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
