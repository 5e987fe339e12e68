using IntuneSupportBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Diagnostics;

/// <summary>Bot:MessagingEndpoint is a public HTTPS URL ending in /api/messages, the only kind Azure Bot delivers to.</summary>
internal sealed class MessagingEndpointCheck(IOptions<BotOptions> bot, IOptions<MessagingEndpointOptions> options) : IPreflightCheck
{
    private const string Name = "Messaging endpoint";

    private const string Fix = "set Bot:MessagingEndpoint, and the Azure Bot's messaging endpoint, to https://<web app host>/api/messages (the deployment output messagingEndpoint).";

    public Task<IReadOnlyList<DoctorCheck>> RunAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DoctorCheck>>([Check()]);

    private DoctorCheck Check()
    {
        if (bot.Value.IsLocalMode)
        {
            return DoctorCheck.Skip(Name, "local mode: no Bot:AppId, Azure Bot does not call this bot.");
        }

        var configured = options.Value.MessagingEndpoint;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DoctorCheck.Warn(Name, "Bot:MessagingEndpoint is not set, so it cannot be checked.", Fix);
        }

        if (!Uri.TryCreate(configured, UriKind.Absolute, out var endpoint))
        {
            return DoctorCheck.Fail(Name, $"'{configured}' is not an absolute URL.", Fix);
        }

        if (endpoint.Scheme != Uri.UriSchemeHttps)
        {
            return DoctorCheck.Fail(Name, $"{endpoint} uses {endpoint.Scheme}; Azure Bot calls only HTTPS endpoints.", Fix);
        }

        if (!endpoint.AbsolutePath.TrimEnd('/').EndsWith("/api/messages", StringComparison.Ordinal))
        {
            return DoctorCheck.Fail(Name, $"{endpoint} does not end with /api/messages, where the bot listens.", Fix);
        }

        if (endpoint.IsLoopback)
        {
            return DoctorCheck.Fail(Name, $"{endpoint} is a loopback address that Azure Bot cannot reach.",
                "use the web app's public host name; for a bot on a laptop, a dev tunnel URL.");
        }

        return DoctorCheck.Ok(Name, $"{endpoint} is HTTPS.");
    }
}
