using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Graph.Models;

namespace IntuneSupportBot.Graph;

/// <summary>Graph SDK models to the directory's records.</summary>
internal static class GraphMapping
{
    public static readonly string[] UserFields = ["id", "displayName", "mail", "userPrincipalName"];

    // department is only returned when selected.
    public static readonly string[] ProfileFields =
        ["id", "displayName", "mail", "userPrincipalName", "department", "officeLocation", "preferredLanguage"];

    public static readonly string[] DeviceFields =
    [
        "id", "deviceName", "operatingSystem", "osVersion", "complianceState", "managementState", "deviceEnrollmentType",
        "managedDeviceOwnerType", "enrolledDateTime", "lastSyncDateTime", "serialNumber", "model", "manufacturer",
    ];

    public static DirectoryUser ToDirectoryUser(User user) =>
        new(user.Id ?? "", user.DisplayName ?? user.UserPrincipalName ?? user.Id ?? "", user.Mail, user.UserPrincipalName);

    public static UserProfile ToProfile(User user, DirectoryUser? manager) => new(
        user.Id ?? "",
        user.DisplayName ?? user.UserPrincipalName ?? user.Id ?? "",
        user.Mail,
        user.UserPrincipalName,
        user.Department,
        user.OfficeLocation,
        user.PreferredLanguage,
        manager);

    public static ManagedDeviceInfo ToDevice(ManagedDevice device) => new(
        device.Id ?? "",
        device.DeviceName ?? "",
        device.OperatingSystem,
        device.OsVersion,
        WireName(device.ComplianceState),
        WireName(device.ManagementState),
        WireName(device.DeviceEnrollmentType),
        WireName(device.ManagedDeviceOwnerType),
        device.EnrolledDateTime,
        device.LastSyncDateTime,
        device.SerialNumber,
        device.Model,
        device.Manufacturer);

    public static EnrollmentFailure ToFailure(EnrollmentTroubleshootingEvent failure) => new(
        failure.Id ?? "",
        failure.EventDateTime ?? DateTimeOffset.MinValue,
        WireName(failure.FailureCategory),
        failure.FailureReason,
        WireName(failure.EnrollmentType),
        failure.OperatingSystem,
        failure.OsVersion,
        failure.CorrelationId,
        failure.ManagedDeviceIdentifier);

    // The SDK's enum member names drop Graph's casing; the wire value is what cards and logs show.
    private static string WireName<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value is { } known
        && typeof(TEnum).GetField(known.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value is { } name
            ? name
            : "unknown";
}
