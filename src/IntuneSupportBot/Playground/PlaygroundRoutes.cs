using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace IntuneSupportBot.Playground;

/// <summary>
/// The page at <c>/</c>, its built files under <c>/playground/assets/</c> (copied beside the binaries by the build),
/// and what the page reads: identities, channels, live events, and card actions.
/// </summary>
internal static class PlaygroundRoutes
{
    public const string AssetFolder = "playground";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (IWebHostEnvironment environment) => Asset(environment, "index.html"));
        var playground = endpoints.MapGroup("/playground");
        playground.MapGet("/assets/{file}", (string file, IWebHostEnvironment environment) => Asset(environment, file));
        playground.MapGet("/identities", async (PlaygroundDirectory directory, CancellationToken ct) =>
            TypedResults.Json(await directory.ListAsync(ct), PlaygroundJsonContext.Default.IdentityList));
        playground.MapGet("/channels", async (PlaygroundDirectory directory, PlaygroundFeed feed, CancellationToken ct) =>
            TypedResults.Json(ChannelView.From(await directory.ListAsync(ct), feed.Threads()), PlaygroundJsonContext.Default.IReadOnlyListChannelView));
        playground.MapGet("/events", (HttpContext http, FeedEventStream events) => events.WriteAsync(http));
        playground.MapPost("/invoke", async (HttpRequest request, PlaygroundInvoke invoke, CancellationToken ct) =>
            await JsonBody.ReadAsync(request, PlaygroundJsonContext.Default.InvokeRequest, ct) is { } body
                ? await invoke.SendAsync(body, ct)
                : ConnectorRoutes.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body names conversationId, replyToId, verb, data and agentId."));
    }

    // Only plain names inside the asset folder: no sub-paths, so nothing outside it can be asked for.
    private static IResult Asset(IWebHostEnvironment environment, string file)
    {
        var folder = Path.Combine(environment.ContentRootPath, AssetFolder);
        var path = Path.Combine(folder, file);
        if (file.Contains('/', StringComparison.Ordinal) || file.Contains('\\', StringComparison.Ordinal) || file.StartsWith('.') || !File.Exists(path))
        {
            return TypedResults.NotFound();
        }
        var contentType = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        // The page changes with every build; always revalidate so a rebuilt bundle is never mixed with an old page.
        return new NoCacheResult(TypedResults.PhysicalFile(path, contentType, lastModified: File.GetLastWriteTimeUtc(path)));
    }

    private sealed class NoCacheResult(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[HeaderNames.CacheControl] = "no-cache";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
