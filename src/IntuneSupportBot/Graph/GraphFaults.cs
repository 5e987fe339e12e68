using Microsoft.Kiota.Abstractions;

namespace IntuneSupportBot.Graph;

internal static class GraphFaults
{
    /// <summary>
    /// Graph unreachable, Graph failing after the SDK's retries (which end in an AggregateException of the attempts),
    /// or the token service down. Not a bug, and not the caller's cancellation.
    /// </summary>
    public static bool IsOutage(Exception exception, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && IsOutage(exception);

    private static bool IsOutage(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsOutage),
        ApiException or HttpRequestException or TaskCanceledException or Azure.Identity.AuthenticationFailedException => true,
        _ => false,
    };
}
