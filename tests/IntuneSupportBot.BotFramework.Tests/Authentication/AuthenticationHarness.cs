using IntuneSupportBot.BotFramework.Authentication;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IntuneSupportBot.BotFramework.Tests.Authentication;

/// <summary>
/// One test's world: a fake clock, a real OpenID stub on loopback, and the validator built through
/// <see cref="BotAuthenticationServiceCollectionExtensions.AddBotAuthentication"/> with options bound from configuration.
/// </summary>
internal sealed class AuthenticationHarness : IAsyncDisposable
{
    public const string AppId = "3f1f8a8e-5d1c-4c7e-9b7a-1f2e3d4c5b6a";
    public const string TenantId = "0b6f1e9a-2c3d-4e5f-8a9b-7c6d5e4f3a2b";
    public const string OtherTenantId = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly ServiceProvider services;

    private AuthenticationHarness(OpenIdStub stub, FakeTimeProvider time, ServiceProvider services, CapturedLogs logs)
    {
        Stub = stub;
        Time = time;
        this.services = services;
        Logs = logs;
    }

    public OpenIdStub Stub { get; }

    public FakeTimeProvider Time { get; }

    public CapturedLogs Logs { get; }

    public BotTokenValidator Validator => services.GetRequiredService<BotTokenValidator>();

    public static Activity TeamsMessage(string serviceUrl = ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        Text = "hello",
    };

    /// <param name="settings">Extra <c>Bot:</c> configuration values; a null value removes a default.</param>
    public static async Task<AuthenticationHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));
        var stub = await OpenIdStub.StartAsync(time);
        var values = new Dictionary<string, string?>(stub.BotConfiguration)
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = TenantId,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var logs = new CapturedLogs();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .AddSingleton<TimeProvider>(time)
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        collection.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName);
        collection.AddBotAuthentication();
        return new AuthenticationHarness(stub, time, collection.BuildServiceProvider(), logs);
    }

    public Task<BotAuthenticationResult> ValidateAsync(string? authorizationHeader, Activity? activity = null) =>
        Validator.ValidateAsync(authorizationHeader, activity ?? TeamsMessage(), CancellationToken.None);

    public Task<BotAuthenticationResult> ValidateBotFrameworkTokenAsync(Action<TokenShape>? tweak = null, Activity? activity = null) =>
        ValidateAsync($"Bearer {Stub.IssueBotFrameworkToken(AppId, ServiceUrl, tweak)}", activity);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Stub.DisposeAsync();
    }
}
