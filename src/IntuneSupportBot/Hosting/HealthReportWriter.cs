using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntuneSupportBot.Hosting;

/// <summary>Writes /readyz as JSON: each check with its status and a sentence an operator can act on.</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new Dictionary<string, string?> { ["status"] = entry.Value.Status.ToString(), ["description"] = entry.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, HealthJson.Options);
    }

    private static class HealthJson
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    }
}
