using System.Text.Json.Nodes;

namespace IntuneSupportBot.Testing;

/// <summary>A request the Graph stub received, with the Authorization header as sent.</summary>
public sealed record GraphStubRequest(string Method, string Path, string Query, string? Authorization, string Body, DateTimeOffset ReceivedAt);

/// <summary>A user as Graph's user resource (and directoryObject in member lists).</summary>
public sealed record GraphStubUser(
    string Id,
    string DisplayName,
    string? Mail = null,
    string? Department = null,
    string? OfficeLocation = null,
    string? PreferredLanguage = null,
    string? ManagerId = null)
{
    public string UserPrincipalName => Mail ?? $"{Id}@contoso.onmicrosoft.com";

    internal JsonObject ToJson() => new()
    {
        ["@odata.type"] = "#microsoft.graph.user",
        ["id"] = Id,
        ["displayName"] = DisplayName,
        ["mail"] = Mail,
        ["userPrincipalName"] = UserPrincipalName,
        ["department"] = Department,
        ["officeLocation"] = OfficeLocation,
        ["preferredLanguage"] = PreferredLanguage,
        ["jobTitle"] = null,
        ["businessPhones"] = new JsonArray(),
    };
}

/// <summary>An Intune managedDevice; enumerations in their wire form.</summary>
public sealed record GraphStubDevice(
    string Id,
    string DeviceName,
    string OperatingSystem,
    string OsVersion,
    string ComplianceState = "compliant",
    string ManagementState = "managed",
    string DeviceEnrollmentType = "windowsAzureADJoin",
    string ManagedDeviceOwnerType = "company",
    DateTimeOffset? EnrolledDateTime = null,
    DateTimeOffset? LastSyncDateTime = null,
    string? SerialNumber = null,
    string? Model = null,
    string? Manufacturer = null)
{
    internal JsonObject ToJson() => new()
    {
        ["@odata.type"] = "#microsoft.graph.managedDevice",
        ["id"] = Id,
        ["deviceName"] = DeviceName,
        ["operatingSystem"] = OperatingSystem,
        ["osVersion"] = OsVersion,
        ["complianceState"] = ComplianceState,
        ["managementState"] = ManagementState,
        ["deviceEnrollmentType"] = DeviceEnrollmentType,
        ["managedDeviceOwnerType"] = ManagedDeviceOwnerType,
        ["enrolledDateTime"] = EnrolledDateTime?.ToString("O"),
        ["lastSyncDateTime"] = LastSyncDateTime?.ToString("O"),
        ["serialNumber"] = SerialNumber,
        ["model"] = Model,
        ["manufacturer"] = Manufacturer,
        ["userPrincipalName"] = null,
        ["azureADDeviceId"] = Guid.Empty.ToString(),
    };
}

/// <summary>An Intune enrollmentTroubleshootingEvent (a deviceManagementTroubleshootingEvent subtype).</summary>
public sealed record GraphStubEnrollmentEvent(
    string Id,
    DateTimeOffset EventDateTime,
    string FailureCategory,
    string FailureReason,
    string EnrollmentType,
    string OperatingSystem,
    string OsVersion,
    string CorrelationId,
    string? ManagedDeviceIdentifier = null)
{
    internal JsonObject ToJson() => new()
    {
        ["@odata.type"] = "#microsoft.graph.enrollmentTroubleshootingEvent",
        ["id"] = Id,
        ["eventDateTime"] = EventDateTime.ToString("O"),
        ["correlationId"] = CorrelationId,
        ["managedDeviceIdentifier"] = ManagedDeviceIdentifier,
        ["operatingSystem"] = OperatingSystem,
        ["osVersion"] = OsVersion,
        ["userId"] = null,
        ["deviceId"] = null,
        ["enrollmentType"] = EnrollmentType,
        ["failureCategory"] = FailureCategory,
        ["failureReason"] = FailureReason,
    };
}
