namespace IntuneSupportBot.Knowledge;

/// <summary>The catalog file cannot be used; the message names the entry and the field at fault.</summary>
public sealed class KnownIssueCatalogException(string message, Exception? inner = null) : Exception(message, inner);
