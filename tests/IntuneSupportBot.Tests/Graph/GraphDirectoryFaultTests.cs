using System.Net;
using IntuneSupportBot.Graph;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.Logging;
using static IntuneSupportBot.Tests.Graph.GraphDirectoryFactory;

namespace IntuneSupportBot.Tests.Graph;

public sealed class GraphDirectoryFaultTests
{
    [Fact]
    public async Task Throttled_request_is_retried_after_the_retry_after_delay()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddUser(new GraphStubUser("r1", "김민준"));
        graph.FailNext("/v1.0/users/r1", HttpStatusCode.TooManyRequests, retryAfterSeconds: 1);
        var directory = Create(Options(graph));

        var context = await directory.GetRequesterContextAsync("r1", CancellationToken.None);

        Assert.Equal(ContextStatus.Available, context.Status);
        var profileReads = graph.Requests.Where(request => request.Path == "/v1.0/users/r1").ToList();
        Assert.Equal(2, profileReads.Count);
        Assert.True(profileReads[1].ReceivedAt - profileReads[0].ReceivedAt >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task Unavailable_service_is_retried_then_succeeds()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddChannel(TeamId, "19:tier1@thread.tacv2", "Tier 1 - Helpdesk");
        graph.FailNext("/channels", HttpStatusCode.ServiceUnavailable);
        var directory = Create(Options(graph));

        var channel = await directory.GetTierChannelAsync(1, CancellationToken.None);

        Assert.Equal("19:tier1@thread.tacv2", channel.ChannelId);
        Assert.Equal(2, graph.RequestsTo("/channels").Count);
    }

    [Fact]
    public async Task Graph_down_gives_an_unavailable_context_and_logs_it()
    {
        var graph = await GraphStub.StartAsync();
        var options = Options(graph);
        await graph.DisposeAsync();
        var logger = new RecordingLogger<GraphDirectory>();
        var directory = Create(options, logger: logger);

        var context = await directory.GetRequesterContextAsync("r1", CancellationToken.None);

        Assert.Equal(RequesterContext.Unavailable, context);
        var entry = Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains("r1", entry.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(entry.Exception);
    }

    [Fact]
    public async Task Graph_failing_after_all_retries_gives_an_unavailable_context()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddUser(new GraphStubUser("r1", "김민준"));
        graph.FailNext("/users/r1", HttpStatusCode.ServiceUnavailable, retryAfterSeconds: 0, times: 10);
        var directory = Create(Options(graph));

        var context = await directory.GetRequesterContextAsync("r1", CancellationToken.None);

        Assert.Equal(RequesterContext.Unavailable, context);
        Assert.Equal(4, graph.RequestsTo("/users/r1").Count);
    }

    [Fact]
    public async Task Bearer_token_from_the_credential_reaches_graph_for_the_graph_scope()
    {
        await using var graph = await GraphStub.StartAsync();
        graph.AddUser(new GraphStubUser("r1", "김민준"));
        var credential = new FixedTokenCredential(Token);
        var directory = Create(Options(graph), credential: credential);

        await directory.GetRequesterContextAsync("r1", CancellationToken.None);

        Assert.NotEmpty(graph.Requests);
        Assert.All(graph.Requests, request => Assert.Equal($"Bearer {Token}", request.Authorization));
        Assert.All(credential.RequestedScopes, scopes => Assert.Equal(["https://graph.microsoft.com/.default"], scopes));
    }
}
