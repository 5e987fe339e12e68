using System.Globalization;
using System.Net;
using System.Text;
using IntuneSupportBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace IntuneSupportBot.Testing;

/// <summary>
/// A local Bot Connector (REST API v3) on a real Kestrel server at 127.0.0.1: it answers send, reply, update,
/// delete, create-conversation and get-member the way Teams documents them, records every request, and can be
/// scripted to fail or to answer slowly.
/// </summary>
public sealed partial class ConnectorStub : IAsyncDisposable
{
    private const long FirstActivityId = 1_761_000_000_000;

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<ConnectorRequest> requests = [];
    private readonly List<ScriptedFailure> failures = [];
    private readonly Dictionary<string, TeamsChannelAccount> members = new(StringComparer.OrdinalIgnoreCase);
    private TaskCompletionSource changed = NewSignal();
    private long lastActivityId = FirstActivityId;
    private int lastCorrelation;

    private ConnectorStub(WebApplication app)
    {
        this.app = app;
        app.Run(HandleAsync);
    }

    /// <summary>The root serviceUrl, e.g. <c>http://127.0.0.1:PORT/</c>.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Applied before every answer; use it to provoke client timeouts.</summary>
    public TimeSpan ResponseDelay { get; set; }

    public IReadOnlyList<ConnectorRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public static async Task<ConnectorStub> StartAsync()
    {
        // An empty builder reads no appsettings or environment, so nothing can move the stub off 127.0.0.1:0.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var stub = new ConnectorStub(builder.Build());
        await stub.app.StartAsync();
        stub.ServiceUrl = stub.app.Urls.Single().TrimEnd('/') + "/";
        return stub;
    }

    /// <summary>The tenant-scoped serviceUrl form Teams uses since 2026: <c>http://127.0.0.1:PORT/{region}/{tenantId}/</c>.</summary>
    public string TenantServiceUrl(string tenantId, string region = "amer") => $"{ServiceUrl}{region}/{tenantId}/";

    /// <summary>
    /// Answers the next <paramref name="times"/> matching requests with <paramref name="status"/>, a Teams error body
    /// (or <paramref name="body"/> verbatim) and, when given, a Retry-After in whole seconds.
    /// </summary>
    public void FailNext(int status, TimeSpan? retryAfter = null, int times = 1, string? errorCode = null, string? body = null, Func<ConnectorRequest, bool>? when = null)
    {
        lock (gate)
        {
            failures.Add(new ScriptedFailure(status, retryAfter, errorCode, body, when ?? (_ => true)) { Remaining = times });
        }
    }

    /// <summary>Makes get-member find this account by its id, UPN or Entra object id.</summary>
    public void AddMember(TeamsChannelAccount member)
    {
        lock (gate)
        {
            foreach (var key in new[] { member.Id, member.UserPrincipalName, member.EntraObjectId })
            {
                if (!string.IsNullOrEmpty(key))
                {
                    members[key] = member;
                }
            }
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> recorded requests match; returns every match.</summary>
    public async Task<IReadOnlyList<ConnectorRequest>> WaitForAsync(Func<ConnectorRequest, bool> match, int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task signal;
            List<ConnectorRequest> matches;
            lock (gate)
            {
                matches = requests.Where(match).ToList();
                signal = changed.Task;
            }

            if (matches.Count >= count)
            {
                return matches;
            }

            try
            {
                await signal.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join(", ", Requests.Select(r => $"{r.Method} {r.RawPath} -> {r.ResponseStatus}"));
                throw new TimeoutException($"Expected {count} matching Bot Connector requests within {timeout}, got {matches.Count}. Received: [{seen}]");
            }
        }
    }

    /// <summary>Waits for <paramref name="count"/> requests of any kind.</summary>
    public Task<IReadOnlyList<ConnectorRequest>> WaitForAsync(int count, TimeSpan timeout) => WaitForAsync(_ => true, count, timeout);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        var rawPath = rawTarget.Split('?', 2)[0];
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);

        var request = Parse(context.Request, rawPath, body);
        var answer = Decide(ref request);
        lock (gate)
        {
            requests.Add(request);
            var signal = changed;
            changed = NewSignal();
            signal.TrySetResult();
        }

        if (ResponseDelay > TimeSpan.Zero)
        {
            await Task.Delay(ResponseDelay, context.RequestAborted);
        }

        context.Response.StatusCode = answer.Status;
        context.Response.Headers["MS-CV"] = $"stub.{Interlocked.Increment(ref lastCorrelation)}";
        if (answer.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }

    // Decides the answer and stamps its status on the record, under the lock so scripted failures are consumed in order.
    private Answer Decide(ref ConnectorRequest request)
    {
        Answer answer;
        lock (gate)
        {
            var current = request;
            var failure = failures.FirstOrDefault(f => f.Remaining > 0 && f.When(current));
            if (failure is not null)
            {
                failure.Remaining--;
                answer = new Answer(failure.Status, failure.Body ?? Error(failure.ErrorCode ?? DefaultCode(failure.Status), "Scripted failure"), failure.RetryAfter);
            }
            else
            {
                answer = Succeed(request);
            }
        }

        request = request with { ResponseStatus = answer.Status };
        return answer;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record Answer(int Status, string? Body, TimeSpan? RetryAfter);

    private sealed record ScriptedFailure(int Status, TimeSpan? RetryAfter, string? ErrorCode, string? Body, Func<ConnectorRequest, bool> When)
    {
        public int Remaining { get; set; }
    }
}
