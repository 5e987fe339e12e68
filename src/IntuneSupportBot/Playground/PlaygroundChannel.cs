using System.Net;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IntuneSupportBot.Playground;

/// <summary>
/// The playground's side of the channel: it POSTs activities to the host's own <c>/api/messages</c> over real HTTP,
/// as Teams does, so the adapter, the middleware and the outbound connector client all run. The bot answers to
/// <see cref="ServiceUrl"/>, the host's own Bot Connector routes.
/// </summary>
public sealed class PlaygroundChannel(HttpClient http, IServer server)
{
    public const string ConnectorPath = "/_connector";

    public string ServiceUrl => BaseAddress() + ConnectorPath + "/";

    /// <summary>Runs a turn; the bot's HTTP status and body (an invoke's response) come back as they were.</summary>
    public async Task<BotAnswer> SendAsync(Activity activity, CancellationToken ct)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity));
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(BaseAddress() + "/api/messages", content, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        return new BotAnswer(response.StatusCode, body, response.Content.Headers.ContentType?.ToString());
    }

    // Local mode listens on loopback only (LocalModeGuard), so any address the server reports reaches it; plain http
    // is preferred because the bot's connector client only sends to loopback without TLS checks in local mode.
    private string BaseAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.OrderBy(candidate => candidate.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault()
            ?? throw new InvalidOperationException("The server reports no address to reach the bot at.");
        var uri = new Uri(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        return uri.GetLeftPart(UriPartial.Authority);
    }
}

/// <summary>What <c>/api/messages</c> answered.</summary>
public sealed record BotAnswer(HttpStatusCode Status, byte[] Body, string? ContentType)
{
    public bool Succeeded => (int)Status is >= 200 and < 300;
}
