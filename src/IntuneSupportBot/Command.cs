namespace IntuneSupportBot;

/// <summary>
/// A typed command word and its argument ("language ko"), in English or Korean; matching is case-insensitive and
/// Korean words map to their English name ("취소" is <c>cancel</c>).
/// </summary>
public sealed record Command(string Name, string Argument)
{
    private static readonly Dictionary<string, string> KoreanNames = new(StringComparer.Ordinal)
    {
        ["취소"] = "cancel",
        ["그만"] = "cancel",
        ["도움말"] = "help",
        ["처음부터"] = "restart",
        ["다시시작"] = "restart",
        ["상태"] = "status",
        ["언어"] = "language",
    };

    public static Command Parse(string message)
    {
        var trimmed = message.Trim().TrimEnd('.', '!', '?').Trim();
        var space = trimmed.IndexOf(' ');
        var word = (space < 0 ? trimmed : trimmed[..space]).ToLowerInvariant();
        var argument = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return new Command(KoreanNames.GetValueOrDefault(word, word), argument);
    }

    /// <summary>A command that takes no argument counts only when typed alone ("help me enroll" is a message).</summary>
    public bool IsBare(string name) => Name == name && Argument.Length == 0;
}
