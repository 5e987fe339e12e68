using System.Globalization;
using System.Text.RegularExpressions;

namespace IntuneSupportBot.Intake;

/// <summary>
/// Finds error codes in folded text (see <c>MatchText.Fold</c>) and writes them the catalog's way: lower-case hex,
/// 0x, 8 digits. Accepts "0X80180014", "80180014", "0x8018 0014", "Ox80180014" and the decimal HRESULTs event logs
/// show ("-2145910764", "2149056532").
/// </summary>
internal static partial class ErrorCodeExtractor
{
    public static IReadOnlyList<string> Extract(string folded)
    {
        var codes = new List<string>();
        foreach (Match match in CodePattern().Matches(folded))
        {
            var code = match.Groups["hex"].Success ? FromHex(match.Groups["hex"].Value)
                : match.Groups["bare"].Success ? FromHex(match.Groups["bare"].Value)
                : FromDecimal(match.Groups["dec"].Value);
            if (code is not null && !codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    private static string? FromHex(string digits)
    {
        Span<char> buffer = stackalloc char[8];
        var length = 0;
        foreach (var c in digits)
        {
            if (char.IsAsciiHexDigit(c))
            {
                buffer[length++] = c;
            }
        }

        return length == 8 ? string.Concat("0x", buffer) : null;
    }

    /// <summary>Only the failure range (top bit set) is an HRESULT; other 10-digit numbers are left alone.</summary>
    private static string? FromDecimal(string digits)
    {
        if (!long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return value switch
        {
            >= int.MinValue and < 0 => ((uint)(int)value).ToString("x8", CultureInfo.InvariantCulture).Insert(0, "0x"),
            >= 0x8000_0000L and <= uint.MaxValue => ((uint)value).ToString("x8", CultureInfo.InvariantCulture).Insert(0, "0x"),
            _ => null,
        };
    }

    // hex: a 0x (or a mistyped "ox") prefix, then 8 hex digits that may be split by single spaces or dashes.
    // bare: 8 hex digits without prefix, starting like Windows failure codes do (8, c), optionally split 4+4.
    // dec: a signed or unsigned 10-digit decimal.
    [GeneratedRegex(
        @"(?<![0-9a-z])[0o]\s?x\s?(?<hex>[0-9a-f](?:[ \-]?[0-9a-f]){7})(?![0-9a-z])"
        + @"|(?<![0-9a-z_])(?<bare>[8c][0-9a-f]{3}[ ]?[0-9a-f]{4})(?![0-9a-z_])"
        + @"|(?<![0-9a-z.,])(?<dec>-?[1-4][0-9]{9})(?![0-9.,])",
        RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
