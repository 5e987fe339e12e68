using System.Security.Claims;

namespace IntuneSupportBot.BotFramework.Authentication;

/// <summary>
/// Whether an inbound request may run a turn. <see cref="Failure"/> is a short reason for the log; it never holds
/// token text.
/// </summary>
public sealed record BotAuthenticationResult(bool Succeeded, ClaimsIdentity? Identity, string? Failure)
{
    public static BotAuthenticationResult Success(ClaimsIdentity identity) => new(true, identity, null);

    public static BotAuthenticationResult Refused(string reason) => new(false, null, reason);
}
