using IntuneSupportBot.BotFramework;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace IntuneSupportBot.Hosting;

public static class TelemetryExtensions
{
    /// <summary>
    /// Traces and metrics (HTTP in and out, turns, outbound sends) exported over OTLP — only when an endpoint
    /// is configured (<c>Telemetry:OtlpEndpoint</c> or the standard OTEL_EXPORTER_OTLP_ENDPOINT); otherwise off.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } configured
            ? configured
            : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return services;
        }
        var otlp = new Uri(endpoint);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("IntuneSupportBot"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource(BotTelemetry.Name)
                .AddOtlpExporter(exporter => exporter.Endpoint = otlp))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(BotTelemetry.Name)
                .AddOtlpExporter(exporter => exporter.Endpoint = otlp));
        return services;
    }
}
