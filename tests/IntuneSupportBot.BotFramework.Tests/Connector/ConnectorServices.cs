using Azure.Core;
using IntuneSupportBot.BotFramework.Authentication;
using IntuneSupportBot.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.BotFramework.Tests.Connector;

/// <summary>Builds the connector exactly as the host does: configuration bound into options, then AddBotConnector.</summary>
internal static class ConnectorServices
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "c0ffee00-0000-0000-0000-000000000001";

    /// <summary>No app id: no token, loopback serviceUrls allowed. Backoff shortened so retry tests stay fast.</summary>
    public static Dictionary<string, string?> LocalMode() => new()
    {
        ["Bot:Connector:RetryBaseDelay"] = "00:00:00.010",
    };

    /// <summary>A single-tenant bot; the stub's host is trusted only when <paramref name="trustLoopback"/> is set.</summary>
    public static Dictionary<string, string?> AppMode(bool trustLoopback = true)
    {
        var settings = LocalMode();
        settings["Bot:AppId"] = AppId;
        settings["Bot:TenantId"] = TenantId;
        settings["Bot:ClientSecret"] = "not-used-the-test-registers-its-own-credential";
        if (trustLoopback)
        {
            settings["Bot:TrustedServiceUrlHosts:0"] = "127.0.0.1";
        }

        return settings;
    }

    public static ServiceProvider Create(Dictionary<string, string?> settings, TokenCredential? credential = null, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName);
        if (credential is not null)
        {
            services.AddSingleton(credential);
        }

        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddBotConnector();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
