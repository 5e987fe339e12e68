namespace IntuneSupportBot.Graph;

/// <summary>Everything the directory knows about a requester, attached to their ticket at intake.</summary>
public sealed record RequesterContext(
    UserProfile? Profile,
    IReadOnlyList<ManagedDeviceInfo> Devices,
    IReadOnlyList<EnrollmentFailure> Failures,
    ContextStatus Status)
{
    public static RequesterContext NotFound { get; } = new(null, [], [], ContextStatus.UserNotFound);

    /// <summary>The directory could not be reached; the ticket is filed anyway and the context fetched again later.</summary>
    public static RequesterContext Unavailable { get; } = new(null, [], [], ContextStatus.Unavailable);
}

public enum ContextStatus
{
    Available,
    UserNotFound,
    Unavailable,
}

public sealed record UserProfile(
    string Id,
    string DisplayName,
    string? Mail,
    string? UserPrincipalName,
    string? Department,
    string? OfficeLocation,
    string? PreferredLanguage,
    DirectoryUser? Manager);

/// <summary>An Intune managed device. Enumerations keep Graph's wire values (e.g. "noncompliant", "windowsAzureADJoin").</summary>
public sealed record ManagedDeviceInfo(
    string Id,
    string DeviceName,
    string? OperatingSystem,
    string? OsVersion,
    string ComplianceState,
    string ManagementState,
    string EnrollmentType,
    string OwnerType,
    DateTimeOffset? EnrolledDateTime,
    DateTimeOffset? LastSyncDateTime,
    string? SerialNumber,
    string? Model,
    string? Manufacturer);

/// <summary>An Intune enrollment troubleshooting event; the newest comes first in a context.</summary>
public sealed record EnrollmentFailure(
    string Id,
    DateTimeOffset EventDateTime,
    string FailureCategory,
    string? FailureReason,
    string EnrollmentType,
    string? OperatingSystem,
    string? OsVersion,
    string? CorrelationId,
    string? ManagedDeviceId);
