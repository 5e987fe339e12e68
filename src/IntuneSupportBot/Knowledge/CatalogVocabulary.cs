using System.Collections.Frozen;

namespace IntuneSupportBot.Knowledge;

/// <summary>The wire names of platforms and methods, as the catalog file and the triage output spell them.</summary>
public static class CatalogVocabulary
{
    private static readonly FrozenDictionary<DevicePlatform, string> PlatformNames = new Dictionary<DevicePlatform, string>
    {
        [DevicePlatform.Unknown] = "unknown",
        [DevicePlatform.Any] = "any",
        [DevicePlatform.Windows] = "windows",
        [DevicePlatform.Ios] = "ios",
        [DevicePlatform.Android] = "android",
        [DevicePlatform.Macos] = "macos",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<EnrollmentMethod, string> MethodNames = new Dictionary<EnrollmentMethod, string>
    {
        [EnrollmentMethod.Unknown] = "unknown",
        [EnrollmentMethod.Any] = "any",
        [EnrollmentMethod.Autopilot] = "autopilot",
        [EnrollmentMethod.AutomaticMdm] = "automatic-mdm",
        [EnrollmentMethod.CompanyPortal] = "company-portal",
        [EnrollmentMethod.Ade] = "ade",
        [EnrollmentMethod.UserEnrollment] = "user-enrollment",
        [EnrollmentMethod.AndroidWorkProfile] = "android-work-profile",
        [EnrollmentMethod.AndroidFullyManaged] = "android-fully-managed",
        [EnrollmentMethod.AndroidCorporateWorkProfile] = "android-corporate-work-profile",
        [EnrollmentMethod.AndroidDedicated] = "android-dedicated",
        [EnrollmentMethod.CoManagement] = "co-management",
        [EnrollmentMethod.BulkEnrollment] = "bulk-enrollment",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, DevicePlatform> PlatformsByName =
        PlatformNames.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, EnrollmentMethod> MethodsByName =
        MethodNames.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string Name(DevicePlatform platform) => PlatformNames[platform];

    public static string Name(EnrollmentMethod method) => MethodNames[method];

    public static bool TryParsePlatform(string? name, out DevicePlatform platform) =>
        PlatformsByName.TryGetValue(name ?? "", out platform);

    public static bool TryParseMethod(string? name, out EnrollmentMethod method) =>
        MethodsByName.TryGetValue(name ?? "", out method);
}
