using Azure.Identity;
using IntuneSupportBot.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace IntuneSupportBot.Diagnostics;

/// <summary>A failed Graph call as a report line; a 403 names the application permission to grant.</summary>
internal static class GraphFailure
{
    private const string PermissionFix = "grant the application permission {0} to the bot's Graph identity with admin consent (docs/graph-permissions.md); a running bot picks it up with its next token (restart it to apply at once).";

    /// <summary>Null when the exception is not a Graph, token or network failure (a bug, reported as such).</summary>
    public static DoctorCheck? ToCheck(string name, Exception exception, string permission, string notFoundFix, DirectoryOptions directory, CancellationToken ct) =>
        exception switch
        {
            ODataError { ResponseStatusCode: 403 } error => DoctorCheck.Fail(name, $"Graph refused the call (403 {error.Error?.Code}): {permission} is missing.",
                string.Format(System.Globalization.CultureInfo.InvariantCulture, PermissionFix, permission)),
            ODataError { ResponseStatusCode: 401 } error => DoctorCheck.Fail(name, $"Graph refused the token (401 {error.Error?.Code}).",
                "check Directory:TenantId, Directory:ClientId and the credential: the token must be for https://graph.microsoft.com/.default in your tenant."),
            ODataError { ResponseStatusCode: 404 } error => DoctorCheck.Fail(name, $"not found (404 {error.Error?.Code}): {error.Error?.Message}", notFoundFix),
            ODataError error => DoctorCheck.Fail(name, $"Graph answered HTTP {error.ResponseStatusCode} ({error.Error?.Code}).",
                "run doctor again in a few minutes; if it persists, check the Microsoft 365 service health."),
            AuthenticationFailedException failed => EntraErrors.ToCheck(name, failed, "Directory", "ClientId", "login.microsoftonline.com"),
            _ when GraphFaults.IsOutage(exception, ct) => DoctorCheck.Fail(name, $"Microsoft Graph could not be reached at {directory.BaseUrl}.",
                "allow outbound HTTPS to graph.microsoft.com and keep Directory:BaseUrl at https://graph.microsoft.com/v1.0."),
            _ => null,
        };
}
