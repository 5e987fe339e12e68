namespace IntuneSupportBot.Knowledge;

/// <summary>A list of user-facing texts (steps, keywords) in English and Korean; English is the fallback.</summary>
public sealed record LocalizedList(IReadOnlyList<string> En, IReadOnlyList<string> Ko)
{
    public IReadOnlyList<string> For(string language) => LocalizedText.IsKorean(language) && Ko.Count > 0 ? Ko : En;
}
