namespace IntuneSupportBot.Localization;

public static class SupportedLanguages
{
    public const string English = "en";
    public const string Korean = "ko";

    public static bool IsSupported(string language) => language is English or Korean;
}
