using System.Net;
using IntuneSupportBot.BotFramework.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Hosting;

/// <summary>
/// Local mode (no app id) accepts unauthenticated activities, so it may only listen on loopback. Started on any
/// other address, the app says why and stops.
/// </summary>
public sealed partial class LocalModeGuard(
    IOptions<BotOptions> options,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<LocalModeGuard> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsLocalMode)
        {
            return Task.CompletedTask;
        }
        LogLocalMode(logger);
        lifetime.ApplicationStarted.Register(CheckAddresses);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void CheckAddresses()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var exposed = addresses.Where(address => !IsLoopback(address)).ToList();
        if (exposed.Count == 0)
        {
            return;
        }
        LogRefusedToExpose(logger, string.Join(", ", exposed));
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }

    internal static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LOCAL MODE: no Bot:AppId is configured. Inbound activities are NOT authenticated and are accepted only from loopback; replies go only to loopback service URLs. Configure Bot:AppId, Bot:TenantId and a credential before exposing this bot.")]
    private static partial void LogLocalMode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to run in local mode on non-loopback addresses ({Addresses}): without Bot:AppId anyone could post activities. Bind to 127.0.0.1/localhost or configure Bot:AppId.")]
    private static partial void LogRefusedToExpose(ILogger logger, string addresses);
}
