namespace IntuneSupportBot;

/// <summary>A typed command word and its argument ("language ko"); matching is case-insensitive.</summary>
public sealed record Command(string Name, string Argument)
{
    public static Command Parse(string message)
    {
        var trimmed = message.Trim();
        var space = trimmed.IndexOf(' ');
        var word = space < 0 ? trimmed : trimmed[..space];
        var argument = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return new Command(word.ToLowerInvariant(), argument);
    }
}
