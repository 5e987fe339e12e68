namespace IntuneSupportBot.Localization;

/// <summary>Marker for the user-facing strings in Messages.resx (English) and Messages.ko.resx (Korean).</summary>
public sealed class Messages;
