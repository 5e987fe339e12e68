namespace IntuneSupportBot.Knowledge;

/// <summary>A user-facing text in English and Korean; English is the fallback for every other language.</summary>
public sealed record LocalizedText(string En, string Ko)
{
    public string For(string language) => IsKorean(language) && Ko.Length > 0 ? Ko : En;

    internal static bool IsKorean(string language) => language.StartsWith("ko", StringComparison.OrdinalIgnoreCase);
}
