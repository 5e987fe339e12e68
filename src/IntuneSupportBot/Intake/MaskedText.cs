namespace IntuneSupportBot.Intake;

/// <summary>A text with its secrets replaced by <see cref="SensitiveDataMasker.Mask"/>, and what kinds were found.</summary>
public sealed record MaskedText(string Text, IReadOnlyList<SensitiveDataKind> Kinds)
{
    public bool AnythingMasked => Kinds.Count > 0;
}
