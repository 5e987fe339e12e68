using System.Text.RegularExpressions;

namespace IntuneSupportBot.Intake;

/// <summary>
/// Replaces passwords, one-time codes, Korean resident registration numbers and card numbers with a fixed mask
/// before a message is stored, shown or logged. Each rule needs context (a password word, an OTP word, a valid
/// birth date, a card prefix and checksum) so that error codes, serials and IMEIs stay readable.
/// </summary>
public static partial class SensitiveDataMasker
{
    public const string Mask = "****";

    public static MaskedText MaskText(string text)
    {
        var kinds = new List<SensitiveDataKind>();
        var masked = PasswordPattern().Replace(text, match => MaskPassword(match, kinds));
        masked = OneTimeCodePattern().Replace(masked, match => MaskGroup(match, "otp", SensitiveDataKind.OneTimeCode, kinds));
        masked = ResidentNumberPattern().Replace(masked, match => MaskResidentNumber(match, kinds));
        masked = CardPattern().Replace(masked, match => MaskCard(match, kinds));
        return new MaskedText(masked, kinds);
    }

    private static string MaskPassword(Match match, List<SensitiveDataKind> kinds)
    {
        var value = match.Groups["value"].Value;
        var separator = match.Groups["sep"].Value.Trim();
        var looksLikeSecret = separator switch
        {
            ":" or "=" or "：" => true,
            // After a Korean topic particle a Hangul-only word is a sentence going on ("비밀번호는 맞는데"), not a password.
            "는" or "은" => value.Any(c => c < '\u1100'),
            _ => !NotPasswords.Contains(value.TrimEnd('.', ',', '!', '?')),
        };
        return looksLikeSecret ? MaskGroup(match, "value", SensitiveDataKind.Password, kinds) : match.Value;
    }

    private static string MaskResidentNumber(Match match, List<SensitiveDataKind> kinds)
    {
        var digits = match.Value.Where(char.IsAsciiDigit).ToArray();
        var month = (digits[2] - '0') * 10 + (digits[3] - '0');
        var day = (digits[4] - '0') * 10 + (digits[5] - '0');
        var validDate = month is >= 1 and <= 12 && day is >= 1 and <= 31;
        return validDate ? Record(SensitiveDataKind.ResidentRegistrationNumber, kinds) : match.Value;
    }

    private static string MaskCard(Match match, List<SensitiveDataKind> kinds)
    {
        var digits = match.Value.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        var issuer = digits.Length == 16 ? digits[0] is >= 2 and <= 6 : digits[0] == 3 && digits[1] is 4 or 7;
        return issuer && PassesLuhn(digits) ? Record(SensitiveDataKind.CardNumber, kinds) : match.Value;
    }

    private static string MaskGroup(Match match, string group, SensitiveDataKind kind, List<SensitiveDataKind> kinds)
    {
        var secret = match.Groups[group];
        var start = secret.Index - match.Index;
        return string.Concat(match.Value.AsSpan(0, start), Record(kind, kinds), match.Value.AsSpan(start + secret.Length));
    }

    private static string Record(SensitiveDataKind kind, List<SensitiveDataKind> kinds)
    {
        if (!kinds.Contains(kind))
        {
            kinds.Add(kind);
        }

        return Mask;
    }

    private static bool PassesLuhn(int[] digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i];
            if (i % 2 == 1)
            {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    private static readonly HashSet<string> NotPasswords = new(StringComparer.OrdinalIgnoreCase)
    {
        "wrong", "incorrect", "correct", "right", "fine", "ok", "okay", "expired", "not", "invalid", "the", "my",
        "a", "same", "locked", "reset", "changed", "required", "needed", "prompt", "asked", "rejected", "still",
    };

    // A password word, a separator (":", "=", "is", a Korean topic particle), then the secret up to the next space.
    [GeneratedRegex(
        @"(?<![a-z])(?:password|passwd|passcode|pwd|pw|비밀번호|비번|패스워드|암호)(?<sep>\s*[:=：]\s*|\s+is\s+|(?<=[호번드])(?:는|은)\s*)(?<value>[^\s]{2,})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordPattern();

    // 6-8 digits right after (or right before) a one-time-code word; "error code 80180014" has no such word.
    [GeneratedRegex(
        @"(?:otp|one[- ]time\s+(?:code|passcode|password)|verification\s+code|security\s+code|sms\s+code|auth(?:entication|enticator)?\s+code|[2m]fa\s+code|인증\s?번호|인증\s?코드|확인\s?코드|보안\s?코드|일회용\s?(?:번호|코드|비밀번호))(?:\s*(?:is|는|은|:|：|=)?\s*)(?<otp>\d{6,8})(?!\d)"
        + @"|(?<!\d)(?<otp>\d{6,8})\s*(?:이|가|는|은)?\s*(?:otp|인증\s?번호|인증\s?코드)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneTimeCodePattern();

    // YYMMDD, an optional dash, then the 7th digit (century and sex, 1-8) and six more.
    [GeneratedRegex(@"(?<![\d-])\d{6}\s?[-–]?\s?[1-8]\d{6}(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex ResidentNumberPattern();

    // 16 digits in one run or groups of four, or 15 as 4-6-5 (American Express).
    [GeneratedRegex(@"(?<![\d-])(?:\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}|\d{4}[ -]?\d{6}[ -]?\d{5})(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex CardPattern();
}
