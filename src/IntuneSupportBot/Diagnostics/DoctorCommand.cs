using Azure.Core;
using IntuneSupportBot.Hosting;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Diagnostics;

/// <summary>
/// <c>doctor</c>: builds the bot's real services from the same configuration as the web host (appsettings.json,
/// environment, command line), without listening, and checks what operators get wrong. Exit codes: 0 nothing
/// failed, 1 a check failed.
/// </summary>
public static class DoctorCommand
{
    public const int Failed = 1;

    // In report order; each is created inside its own guard, because creating one can already fail on bad settings.
    private static readonly (string Name, Func<IServiceProvider, IPreflightCheck> Create)[] Checks =
    [
        ("Configuration", Make<ConfigurationCheck>),
        ("Bot identity", Make<BotIdentityCheck>),
        ("Signing metadata", Make<SigningKeysCheck>),
        ("Messaging endpoint", Make<MessagingEndpointCheck>),
        ("Database", Make<DatabaseCheck>),
        ("Tier channels", Make<TierChannelsCheck>),
        ("Graph permissions", Make<GraphPermissionsCheck>),
    ];

    /// <summary>Runs the command; <paramref name="args"/> may start with the word <c>doctor</c> itself.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct) =>
        RunAsync(args, output, configure: null, replaceServices: null, ct);

    internal static async Task<int> RunAsync(
        string[] args, TextWriter output, Action<WebApplicationBuilder>? configure, Action<IServiceCollection>? replaceServices, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var hostArgs = args is ["doctor", .. var rest] ? rest : args;

        WebApplication app;
        try
        {
            app = BotApplication.Create(hostArgs, builder =>
            {
                // The report is the output; log lines (and their stack traces) would bury it.
                builder.Logging.ClearProviders();
                builder.Services.AddSingleton<TokenCredential, DeferredBotCredential>();
                builder.Services.AddOptions<MessagingEndpointOptions>().BindConfiguration(MessagingEndpointOptions.SectionName);
                configure?.Invoke(builder);
            }, replaceServices);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var refused = DoctorCheck.Fail("Start-up", Failures.Describe(exception), "correct the setting or file named here; the bot would not start either.");
            await output.WriteLineAsync(refused.ToLine().AsMemory(), ct);
            return Failed;
        }

        await using (app)
        {
            var report = new DoctorReport(output);
            await report.WriteHeaderAsync(app.Services, ct);
            var timeout = CheckTimeout(app.Services);
            foreach (var (name, create) in Checks)
            {
                await report.WriteAsync(await RunCheckAsync(name, create, app.Services, timeout, ct), ct);
            }

            return await report.WriteSummaryAsync(ct) ? 0 : Failed;
        }
    }

    private static async Task<IReadOnlyList<DoctorCheck>> RunCheckAsync(
        string name, Func<IServiceProvider, IPreflightCheck> create, IServiceProvider services, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            // WaitAsync bounds the check even where a client ignores cancellation.
            return await create(services).RunAsync(deadline.Token).WaitAsync(timeout, ct);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return [DoctorCheck.Fail(name, $"no answer within {timeout.TotalSeconds:0} s.",
                "check outbound network access to the service this check calls (firewall, proxy, DNS), or raise Diagnostics:CheckTimeout.")];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return [DoctorCheck.Fail(name, Failures.Describe(exception), "correct the setting named here, then run doctor again.")];
        }
    }

    private static TimeSpan CheckTimeout(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<DiagnosticsOptions>>().Value.CheckTimeout;
        return configured > TimeSpan.Zero ? configured : new DiagnosticsOptions().CheckTimeout;
    }

    private static IPreflightCheck Make<T>(IServiceProvider services) where T : IPreflightCheck =>
        ActivatorUtilities.CreateInstance<T>(services);
}
