namespace IntuneSupportBot.Knowledge;

/// <summary>
/// The catalog's platform vocabulary. <see cref="Unknown"/> is only valid in a report (not said yet),
/// <see cref="Any"/> only in the catalog (the issue applies to every platform).
/// </summary>
public enum DevicePlatform
{
    Unknown,
    Any,
    Windows,
    Ios,
    Android,
    Macos,
}
