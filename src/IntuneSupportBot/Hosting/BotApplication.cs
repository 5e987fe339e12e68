using IntuneSupportBot.BotFramework;
using IntuneSupportBot.BotFramework.Turns;
using IntuneSupportBot.Data;
using IntuneSupportBot.Diagnostics;
using IntuneSupportBot.Graph;
using IntuneSupportBot.Intake;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Localization;
using IntuneSupportBot.Playground;
using IntuneSupportBot.Teams;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Hosting;

/// <summary>Builds the web host: one line per capability, then the endpoints.</summary>
public static class BotApplication
{
    /// <param name="replaceServices">Runs after the app's own registrations, so a test can swap a client of the outside world.</param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null, Action<IServiceCollection>? replaceServices = null)
    {
        // The operator's appsettings.json sits beside the binaries (it is linked into the build output),
        // so the same file is read under `dotnet run` and when published.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
        {
            builder.WebHost.UseUrls("http://localhost:3978");
        }
        configure?.Invoke(builder);

        var services = builder.Services;
        services.AddProblemDetails();
        services.AddLocalization();
        services.AddOptions<DiagnosticsOptions>().BindConfiguration(DiagnosticsOptions.SectionName);
        services.AddDatabase();
        services.AddDirectory(builder.Configuration);
        services.AddKnowledge();
        services.AddIntake(builder.Configuration);
        services.AddTickets();
        services.AddBotFramework();
        services.AddBotStateAutoSave();
        services.AddTeamsMessaging();
        services.AddSingleton<UserLanguage>();
        services.AddSingleton<ITurnMiddleware, LocaleMiddleware>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<IBot, SupportBot>();
        services.AddHostedService<LocalModeGuard>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<SigningKeysHealthCheck>("signing-keys", tags: ["ready"]);
        services.AddTelemetry(builder.Configuration);
        services.AddPlayground();
        replaceServices?.Invoke(services);

        var app = builder.Build();
        var adapter = app.Services.GetRequiredService<CloudAdapter>();
        adapter.OnTurnError = app.Services.GetRequiredService<TurnErrorHandler>().HandleAsync;

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapBotMessages();
        app.MapPlayground();
        app.MapHealthChecks("/healthz", new() { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new() { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync });
        return app;
    }
}
