using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Graph;

/// <summary>Says at start-up which directory answers, so nobody mistakes the demo tenant for their own.</summary>
internal sealed class DirectoryAnnouncement(IOptions<DirectoryOptions> options, ILogger<DirectoryAnnouncement> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = options.Value;
        if (directory.HasGraphCredentials)
        {
            DirectoryLog.GraphDirectoryInUse(logger, directory.BaseUrl, directory.TenantId, GraphClientBuilder.CredentialKind(directory));
        }
        else
        {
            DirectoryLog.LocalDirectoryInUse(logger, directory.Local.Users.Count, directory.Local.Tiers.Count);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
