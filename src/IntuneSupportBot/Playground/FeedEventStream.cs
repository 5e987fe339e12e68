using System.Text.Json;

namespace IntuneSupportBot.Playground;

/// <summary>
/// The feed as server-sent events (<c>text/event-stream</c>): one event per change, named posted / updated / deleted,
/// with the change as JSON; a comment line now and then keeps idle connections open.
/// </summary>
internal sealed class FeedEventStream(PlaygroundFeed feed, TimeProvider clock, IHostApplicationLifetime lifetime)
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public async Task WriteAsync(HttpContext http)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var ct = stopping.Token;
        using var subscription = feed.Subscribe();

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
        await WriteLineAsync(http, ": connected\n\n", ct);

        try
        {
            while (!ct.IsCancellationRequested)
            {
                using var idle = new CancellationTokenSource(KeepAlive, clock);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct, idle.Token);
                FeedChange change;
                try
                {
                    change = await subscription.Changes.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    await WriteLineAsync(http, ": keep-alive\n\n", ct);
                    continue;
                }
                var json = JsonSerializer.Serialize(change, PlaygroundJsonContext.Default.FeedChange);
                await WriteLineAsync(http, $"event: {change.Kind}\ndata: {json}\n\n", ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The page went away or the app is stopping: the stream simply ends.
        }
    }

    private static async Task WriteLineAsync(HttpContext http, string text, CancellationToken ct)
    {
        await http.Response.WriteAsync(text, ct);
        await http.Response.Body.FlushAsync(ct);
    }
}
