using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LoadDriver;

/// <summary>The ceiling reference: an endpoint that answers 200 at once, served by the same Kestrel and driver.</summary>
public static class BareEndpoint
{
    public static Task<LoopbackServer> StartAsync(CancellationToken cancellationToken) =>
        LoopbackServer.StartAsync(
            app => app.MapPost("/api/messages", static (HttpContext context) =>
            {
                context.Response.StatusCode = StatusCodes.Status200OK;
                return Task.CompletedTask;
            }),
            cancellationToken);
}
