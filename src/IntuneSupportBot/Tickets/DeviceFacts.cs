using IntuneSupportBot.Graph;

namespace IntuneSupportBot.Tickets;

/// <summary>What the directory knew of the requester's devices when the ticket was filed.</summary>
public sealed record DeviceFacts(IReadOnlyList<ManagedDeviceInfo> Devices, IReadOnlyList<EnrollmentFailure> RecentFailures, ContextStatus Status)
{
    public static DeviceFacts None { get; } = new([], [], ContextStatus.Unavailable);

    public static DeviceFacts From(RequesterContext context) => new(context.Devices, context.Failures, context.Status);
}
