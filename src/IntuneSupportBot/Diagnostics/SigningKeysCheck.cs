using IntuneSupportBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Diagnostics;

/// <summary>The Bot Framework's signing keys load: without them every message from Teams is refused.</summary>
internal sealed class SigningKeysCheck(IOptions<BotOptions> options, OpenIdMetadataCache metadata) : IPreflightCheck
{
    private const string Name = "Signing metadata";

    private const string Fix = "keep Bot:BotFrameworkOpenIdMetadataUrl at its default (https://login.botframework.com/v1/.well-known/openidconfiguration) and allow outbound HTTPS to login.botframework.com.";

    public async Task<IReadOnlyList<DoctorCheck>> RunAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (bot.IsLocalMode)
        {
            return [DoctorCheck.Skip(Name, "local mode: no Bot:AppId, so inbound tokens are not checked.")];
        }

        var url = bot.BotFrameworkOpenIdMetadataUrl;
        try
        {
            var configuration = await metadata.GetAsync(url, cancellationToken);
            return configuration.SigningKeys.Count > 0
                ? [DoctorCheck.Ok(Name, $"{configuration.SigningKeys.Count} signing keys from {url}.")]
                : [DoctorCheck.Fail(Name, $"{url} publishes no signing keys.", Fix)];
        }
        catch (InvalidOperationException exception)
        {
            return [DoctorCheck.Fail(Name, $"cannot load {url}: {Failures.Innermost(exception).Message}", Fix)];
        }
    }
}
