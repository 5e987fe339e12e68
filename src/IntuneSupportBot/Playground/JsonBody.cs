using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IntuneSupportBot.Playground;

internal static class JsonBody
{
    /// <summary>The request's JSON body, or null when it is missing, not JSON or not of the expected shape.</summary>
    public static async Task<T?> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken ct)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return null;
        }
        try
        {
            return await request.ReadFromJsonAsync(type, ct);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
