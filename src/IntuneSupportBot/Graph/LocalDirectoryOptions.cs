namespace IntuneSupportBot.Graph;

/// <summary>Section "Directory:Local": the demo tenant local mode runs on.</summary>
public sealed class LocalDirectoryOptions
{
    public List<LocalTier> Tiers { get; set; } = [];

    public List<string> BridgeCoordinators { get; set; } = [];

    public List<LocalUser> Users { get; set; } = [];

    /// <summary>Bridge meetings in local mode get a join link under this address.</summary>
    public Uri MeetingJoinUrlBase { get; set; } = new("https://teams.microsoft.com/l/meetup-join/local/");
}

public sealed class LocalTier
{
    public int Tier { get; set; }

    public string TeamId { get; set; } = "";

    public string ChannelId { get; set; } = "";

    public string? ChannelName { get; set; }

    public List<string> Members { get; set; } = [];

    public List<string> Leads { get; set; } = [];
}

public sealed class LocalUser
{
    public string Id { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string? Mail { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? Department { get; set; }

    public string? OfficeLocation { get; set; }

    public string? PreferredLanguage { get; set; }

    public string? ManagerId { get; set; }

    public List<LocalDevice> Devices { get; set; } = [];

    public List<LocalEnrollmentFailure> EnrollmentFailures { get; set; } = [];

    public DirectoryUser ToDirectoryUser() => new(Id, DisplayName, Mail, UserPrincipalName);
}

public sealed class LocalDevice
{
    public string Id { get; set; } = "";

    public string DeviceName { get; set; } = "";

    public string? OperatingSystem { get; set; }

    public string? OsVersion { get; set; }

    public string ComplianceState { get; set; } = "unknown";

    public string ManagementState { get; set; } = "managed";

    public string DeviceEnrollmentType { get; set; } = "unknown";

    public string ManagedDeviceOwnerType { get; set; } = "unknown";

    public DateTimeOffset? EnrolledDateTime { get; set; }

    public DateTimeOffset? LastSyncDateTime { get; set; }

    public string? SerialNumber { get; set; }

    public string? Model { get; set; }

    public string? Manufacturer { get; set; }

    public ManagedDeviceInfo ToRecord() => new(
        Id, DeviceName, OperatingSystem, OsVersion, ComplianceState, ManagementState, DeviceEnrollmentType,
        ManagedDeviceOwnerType, EnrolledDateTime, LastSyncDateTime, SerialNumber, Model, Manufacturer);
}

public sealed class LocalEnrollmentFailure
{
    public string Id { get; set; } = "";

    public DateTimeOffset EventDateTime { get; set; }

    public string FailureCategory { get; set; } = "unknown";

    public string? FailureReason { get; set; }

    public string EnrollmentType { get; set; } = "unknown";

    public string? OperatingSystem { get; set; }

    public string? OsVersion { get; set; }

    public string? CorrelationId { get; set; }

    public string? ManagedDeviceId { get; set; }

    public EnrollmentFailure ToRecord() => new(
        Id, EventDateTime, FailureCategory, FailureReason, EnrollmentType, OperatingSystem, OsVersion, CorrelationId, ManagedDeviceId);
}
