using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntuneSupportBot.Tests.Knowledge;

/// <summary>
/// Guards the hand-written catalog data file: the matcher and the cards trust its shape, and its ids are referenced
/// from stored tickets, so a renamed or lost id would orphan history.
/// </summary>
public sealed partial class KnownIssueDataTests
{
    private static readonly string[] Platforms = ["windows", "ios", "android", "macos", "any"];

    private static readonly string[] Methods =
    [
        "any", "autopilot", "automatic-mdm", "company-portal", "ade", "user-enrollment", "android-work-profile",
        "android-fully-managed", "android-corporate-work-profile", "android-dedicated", "co-management", "bulk-enrollment",
    ];

    private static readonly string[] Fixers = ["user", "helpdesk", "intune-admin", "microsoft"];

    // The ids of the source knowledge file the catalog was built from, kept here so the check needs nothing else.
    private static readonly string[] SourceIds =
    [
        "win-not-authorized-80180003", "win-entra-join-not-allowed-801c0003",
        "win-already-enrolled-8018000a", "win-no-intune-license",
        "win-mdm-terms-of-use-url", "win-platform-blocked-80180014",
        "win-oobe-personal-blocked-80180014", "win-autopilot-redeploy-80180014",
        "win-bulk-package-join-blocked", "win-bulk-token-invalid",
        "win-auto-enroll-8018002b-upn-scope", "win-auto-enroll-stale-tenant-80180002b",
        "win-auto-enroll-not-triggered", "win-autopilot-oobeidps",
        "win-home-edition-80180022", "win-autopilot-tpm-801c03ea",
        "win-self-deploy-tpm-timeout-800705b4", "win-hybrid-join-80070774",
        "win-esp-timeout-store-apps-ca", "win-cloned-image-already-enrolled",
        "win-autopilot-import-csv-invalid", "win-autopilot-import-806",
        "win-autopilot-import-808", "win-mdm-enroll-failed-80180018",
        "win-autopilot-entra-object-deleted", "win-tpm-attestation-81039023",
        "win-tpm-vulnerable-81039024", "win-multiple-mdm-configs-c1036501",
        "win-autopilot-wrong-org-username", "win-autopilot-no-profile",
        "win-ca-blocks-enrollment-apps", "win-esp-identifying-no-license",
        "win-esp-app-install-failure", "win-esp-expected-delays",
        "win-no-local-admin-rights", "win-no-management-endpoint",
        "win-not-connected", "win-already-managed-by-org",
        "comgmt-mdm-not-configured-8000ffff", "comgmt-mfa-toast-ignored-8018002a",
        "comgmt-no-user-token-80180002", "comgmt-os-too-old-80070032",
        "comgmt-iwa-not-federated-caa9001f", "comgmt-entra-auth-failure",
        "comgmt-network-unreachable", "comgmt-pending-user-signin",
        "comgmt-service-side-transient", "ios-profile-install-network-error",
        "ios-personal-devices-blocked", "ios-previous-user-not-removed",
        "ios-existing-management-profile", "ios-license-invalid",
        "ios-no-enrollment-policy", "apple-apns-certificate-invalid",
        "apple-apns-certificate-replaced", "ios-workplace-join-failed",
        "ios-os-version-too-old", "ios-ade-xpc-connection-invalid",
        "ios-ade-enrollment-not-starting", "ios-ade-stuck-after-credentials-mfa",
        "ios-ade-awaiting-final-configuration", "ios-ade-company-portal-needs-apple-id",
        "ios-ade-invalid-profile-restriction", "ios-ade-adfs-ws-trust-disabled",
        "ios-ade-scep-invalid-response", "ios-ade-device-already-activated",
        "ios-ade-company-portal-24h-window", "ios-ade-single-app-mode-mfa",
        "ios-ade-token-expired", "ios-ade-sync-admin-fixable",
        "ios-ade-sync-service-error", "ios-ade-token-upload-error",
        "ios-ade-device-not-synced", "ios-ade-couldnt-map-device-record",
        "ios-user-enrollment-sso-app-installed", "ios-user-enrollment-service-discovery",
        "ios-identify-device-prompt", "android-no-license",
        "any-mdm-authority-not-set", "android-profile-installation-failed",
        "android-missing-cert-browser-access", "android-missing-cert-adfs-chain",
        "android-knox-activation-network", "android-knox-power-saving",
        "android-knox-license-activation-other", "android-rooted-device",
        "android-device-admin-not-supported", "android-work-profile-cannot-create",
        "android-work-profile-secondary-user", "android-work-profile-encryption-required",
        "android-da-to-work-profile-migration", "android-managed-google-play-not-connected",
        "android-platform-restriction-blocked", "android-corporate-needs-factory-reset",
        "android-cope-android11-token-nfc", "android-qr-not-scanning",
        "android-restart-during-enrollment", "android-ca-blocks-setup-browser",
        "android-corporate-user-enrollment-disabled", "android-dedicated-token-expired",
        "android-zero-touch-wrong-config", "android-os-version-not-supported",
        "mac-vm-not-configured", "mac-restricted-serial",
        "mac-assigned-to-someone-else", "mac-keychain-error-25244",
        "mac-management-profile-not-approved", "mac-ade-needs-erase",
        "mac-ade-not-assigned-or-synced", "mac-jamf-account-not-onboarded",
        "mac-jamf-already-enrolled", "mac-identify-device-prompt",
        "any-intune-device-limit-reached", "any-entra-device-quota-reached",
        "any-company-portal-temporarily-unavailable", "any-device-clock-wrong",
        "any-assignment-propagation-delay",
    ];

    [Fact]
    public void Catalog_holds_117_issues_with_unique_ids()
    {
        var ids = Issues().Select(issue => issue.GetProperty("id").GetString()).ToList();

        Assert.Equal(117, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Catalog_ids_are_exactly_the_source_ids()
    {
        var ids = Issues().Select(issue => issue.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(SourceIds.Except(ids, StringComparer.Ordinal));
        Assert.Empty(ids.Except(SourceIds, StringComparer.Ordinal));
    }

    [Fact]
    public void Catalog_declares_format_version_1()
    {
        using var catalog = OpenCatalog();

        Assert.Equal(1, catalog.RootElement.GetProperty("version").GetInt32());
    }

    [Fact]
    public void Every_title_and_cause_has_English_and_Korean_text()
    {
        var offenders = Issues()
            .SelectMany(issue => new[] { "title", "cause" }.Select(field => (issue, field)))
            .Where(x => !HasText(x.issue.GetProperty(x.field), "en") || !IsKorean(Text(x.issue.GetProperty(x.field), "ko")))
            .Select(x => $"{Id(x.issue)}.{x.field}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_issue_has_matching_English_and_Korean_steps()
    {
        var offenders = Issues()
            .Where(issue =>
            {
                var en = Strings(issue.GetProperty("steps"), "en");
                var ko = Strings(issue.GetProperty("steps"), "ko");
                return en.Count == 0 || en.Count != ko.Count || en.Any(string.IsNullOrWhiteSpace) || !ko.All(IsKorean);
            })
            .Select(Id)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_issue_has_English_and_Korean_keywords()
    {
        var offenders = Issues()
            .Where(issue => new[] { "en", "ko" }.Any(language =>
            {
                var keywords = Strings(issue.GetProperty("keywords"), language);
                return keywords.Count == 0 || keywords.Any(string.IsNullOrWhiteSpace);
            }))
            .Select(Id)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Codes_are_lower_case_hex_with_8_digits()
    {
        var offenders = Issues()
            .SelectMany(issue => issue.GetProperty("codes").EnumerateArray().Select(code => (issue, code: code.GetString())))
            .Where(x => x.code is null || !HexCode().IsMatch(x.code))
            .Select(x => $"{Id(x.issue)}: {x.code}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Ambiguous_code_0x80180014_belongs_to_exactly_three_issues()
    {
        var owners = Issues()
            .Where(issue => issue.GetProperty("codes").EnumerateArray().Any(code => code.GetString() == "0x80180014"))
            .Select(Id)
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            ["win-autopilot-redeploy-80180014", "win-oobe-personal-blocked-80180014", "win-platform-blocked-80180014"],
            owners);
    }

    [Fact]
    public void Suggested_tiers_are_between_1_and_4()
    {
        var offenders = Issues()
            .Where(issue => issue.GetProperty("suggestedTier").GetInt32() is < 1 or > 4)
            .Select(Id)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Platform_method_and_fixer_come_from_the_agreed_vocabulary()
    {
        var offenders = Issues()
            .Where(issue => !Platforms.Contains(issue.GetProperty("platform").GetString())
                || !Methods.Contains(issue.GetProperty("method").GetString())
                || !Fixers.Contains(issue.GetProperty("whoCanFix").GetString()))
            .Select(Id)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_issue_states_self_service_and_its_source()
    {
        var offenders = Issues()
            .Where(issue => issue.GetProperty("selfServiceable").ValueKind is not (JsonValueKind.True or JsonValueKind.False)
                || string.IsNullOrWhiteSpace(issue.GetProperty("source").GetString()))
            .Select(Id)
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex("^0x[0-9a-f]{8}$")]
    private static partial Regex HexCode();

    private static List<JsonElement> Issues()
    {
        using var catalog = OpenCatalog();
        return catalog.RootElement.GetProperty("issues").EnumerateArray().Select(issue => issue.Clone()).ToList();
    }

    private static JsonDocument OpenCatalog()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IntuneSupportBot.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var path = Path.Combine(directory.FullName, "src", "IntuneSupportBot", "Knowledge", "known-issues.json");
        return JsonDocument.Parse(File.ReadAllBytes(path));
    }

    private static string Id(JsonElement issue) => issue.GetProperty("id").GetString() ?? "(no id)";

    private static string? Text(JsonElement localized, string language) =>
        localized.TryGetProperty(language, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool HasText(JsonElement localized, string language) => !string.IsNullOrWhiteSpace(Text(localized, language));

    private static List<string?> Strings(JsonElement localized, string language) =>
        localized.TryGetProperty(language, out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Select(value => value.ValueKind == JsonValueKind.String ? value.GetString() : null).ToList()
            : [];

    // Korean text must actually be Korean: at least one Hangul syllable, so an untranslated copy fails.
    private static bool IsKorean(string? text) => text is not null && text.Any(c => c is >= '\uAC00' and <= '\uD7A3');
}
