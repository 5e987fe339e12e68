using System.Text.RegularExpressions;
using Azure.Identity;

namespace IntuneSupportBot.Diagnostics;

/// <summary>
/// Turns a failed token request into a report line: the Entra error code (AADSTS…) and what to change for the
/// codes operators meet. Only the code is taken from the exception; its text is never printed.
/// </summary>
internal static partial class EntraErrors
{
    // {0} is the configuration section (Bot or Directory), {1} the key holding the app's client id.
    private static readonly Dictionary<string, (string Meaning, string Fix)> Known = new(StringComparer.Ordinal)
    {
        ["AADSTS7000215"] = ("the client secret is wrong",
            "{0}:ClientSecret must be the secret's Value (not its Secret ID) of a current secret; create a new one if unsure (deploy.md section 8)."),
        ["AADSTS7000222"] = ("the client secret has expired",
            "create a new client secret and store it in Key Vault (deploy.md section 8), then restart the web app."),
        ["AADSTS700016"] = ("the application is not known in that tenant",
            "check {0}:{1} and {0}:TenantId: the app registration must live in that tenant (single-tenant)."),
        ["AADSTS90002"] = ("the tenant does not exist",
            "{0}:TenantId must be the Directory (tenant) ID from the app registration's overview page."),
        ["AADSTS900023"] = ("the tenant id is malformed",
            "{0}:TenantId must be the Directory (tenant) ID (a GUID) or a verified domain of the tenant."),
        ["AADSTS700027"] = ("the certificate is not registered on the app",
            "upload the certificate's public key under the app registration's Certificates & secrets, or fix {0}:CertificatePath."),
        ["AADSTS500011"] = ("the requested resource is unknown in the tenant",
            "check the scope the token is requested for (Bot:ConnectorScope is https://api.botframework.com/.default)."),
        ["AADSTS7000112"] = ("the application is disabled",
            "enable the app's enterprise application (service principal) in the Entra admin center."),
        ["AADSTS53003"] = ("a Conditional Access policy blocked the sign-in",
            "exclude the bot's service principal from that Conditional Access policy."),
    };

    public static DoctorCheck ToCheck(string name, AuthenticationFailedException exception, string section, string appIdKey, string authority)
    {
        if (exception is CredentialUnavailableException)
        {
            return DoctorCheck.Fail(name, "no managed identity is available on this machine.",
                "a user-assigned managed identity works only on Azure, with the identity assigned to the web app: run doctor there (az webapp ssh), or use a SingleTenant app registration for local runs.");
        }

        if (Code(exception) is not { } code)
        {
            return DoctorCheck.Fail(name, $"no token: Entra could not be reached at {authority}.",
                "allow outbound HTTPS to login.microsoftonline.com (firewall or proxy) and run doctor again.");
        }

        var number = code["AADSTS".Length..];
        return Known.TryGetValue(code, out var known)
            ? DoctorCheck.Fail(name, $"Entra refused the token request ({code}: {known.Meaning}).", string.Format(System.Globalization.CultureInfo.InvariantCulture, known.Fix, section, appIdKey))
            : DoctorCheck.Fail(name, $"Entra refused the token request ({code}).", $"look the code up at https://login.microsoftonline.com/error?code={number} and correct the {section} settings.");
    }

    /// <summary>The first AADSTS code anywhere in the exception chain, or null (then Entra gave no answer).</summary>
    public static string? Code(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (AadstsCode().Match(current.Message) is { Success: true } match)
            {
                return match.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"AADSTS\d{5,8}")]
    private static partial Regex AadstsCode();
}
