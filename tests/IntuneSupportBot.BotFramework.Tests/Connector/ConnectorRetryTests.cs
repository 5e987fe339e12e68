using System.Net;
using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Polly.Timeout;

namespace IntuneSupportBot.BotFramework.Tests.Connector;

/// <summary>What the client retries: throttling always, gateway errors and timeouts only when repeating is harmless.</summary>
public sealed class ConnectorRetryTests
{
    private static readonly Activity Card = new() { Text = "Ticket TCK-0042" };

    [Fact]
    public async Task A_throttled_post_waits_for_retry_after_and_is_delivered_once()
    {
        await using var stub = await ConnectorStub.StartAsync();
        stub.FailNext(429, retryAfter: TimeSpan.FromSeconds(1));
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        var sent = await client.SendToConversationAsync(stub.ServiceUrl, "a:1xYz", Card, CancellationToken.None);

        var requests = stub.Requests;
        Assert.Equal([429, 201], requests.Select(r => r.ResponseStatus));
        Assert.Single(requests, r => r.Succeeded);
        Assert.Equal("1761000000001", sent.Id);
        // Backoff is 10 ms in these tests, so a gap of about a second can only come from Retry-After.
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task A_post_answered_412_is_retried()
    {
        await using var stub = await ConnectorStub.StartAsync();
        stub.FailNext(412);
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        await client.ReplyToActivityAsync(stub.ServiceUrl, "a:1xYz", "17", Card, CancellationToken.None);

        Assert.Equal([412, 200], stub.Requests.Select(r => r.ResponseStatus));
    }

    [Fact]
    public async Task A_post_answered_503_is_not_retried()
    {
        await using var stub = await ConnectorStub.StartAsync();
        stub.FailNext(503, times: 2);
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => client.SendToConversationAsync(stub.ServiceUrl, "a:1xYz", Card, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task A_put_answered_503_is_retried_until_it_succeeds()
    {
        await using var stub = await ConnectorStub.StartAsync();
        stub.FailNext(503);
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        var updated = await client.UpdateActivityAsync(stub.ServiceUrl, "a:1xYz", "1761000000500", Card, CancellationToken.None);

        Assert.Equal([503, 200], stub.Requests.Select(r => r.ResponseStatus));
        Assert.Equal("1761000000500", updated.Id);
    }

    [Fact]
    public async Task Throttling_that_outlasts_every_attempt_ends_in_a_throttled_error()
    {
        await using var stub = await ConnectorStub.StartAsync();
        stub.FailNext(429, times: 10);
        var settings = ConnectorServices.LocalMode();
        settings["Bot:Connector:MaxRetryAttempts"] = "3";
        await using var services = ConnectorServices.Create(settings);
        var client = services.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => client.SendToConversationAsync(stub.ServiceUrl, "a:1xYz", Card, CancellationToken.None));

        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Equal(4, stub.Requests.Count);
    }

    [Fact]
    public async Task A_post_that_times_out_is_not_sent_again()
    {
        await using var stub = await ConnectorStub.StartAsync();
        stub.ResponseDelay = TimeSpan.FromSeconds(2);
        var settings = ConnectorServices.LocalMode();
        settings["Bot:Connector:AttemptTimeout"] = "00:00:00.200";
        await using var services = ConnectorServices.Create(settings);
        var client = services.GetRequiredService<ConnectorClient>();

        await Assert.ThrowsAsync<TimeoutRejectedException>(
            () => client.SendToConversationAsync(stub.ServiceUrl, "a:1xYz", Card, CancellationToken.None));

        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task A_get_that_times_out_is_tried_again()
    {
        await using var stub = await ConnectorStub.StartAsync();
        stub.ResponseDelay = TimeSpan.FromSeconds(3);
        var settings = ConnectorServices.LocalMode();
        // Long enough for the second attempt to reach the stub on a busy machine (it opens a new connection).
        settings["Bot:Connector:AttemptTimeout"] = "00:00:01";
        settings["Bot:Connector:MaxRetryAttempts"] = "1";
        await using var services = ConnectorServices.Create(settings);
        var client = services.GetRequiredService<ConnectorClient>();

        await Assert.ThrowsAsync<TimeoutRejectedException>(
            () => client.GetConversationMemberAsync(stub.ServiceUrl, "a:1xYz", "29:1", CancellationToken.None));

        var requests = await stub.WaitForAsync(r => r.Route == ConnectorRoute.GetConversationMember, 2, TimeSpan.FromSeconds(5));
        Assert.Equal(2, requests.Count);
    }

    [Fact]
    public async Task A_bad_request_is_not_retried()
    {
        await using var stub = await ConnectorStub.StartAsync();
        stub.FailNext(400, errorCode: "BadArgument");
        await using var services = ConnectorServices.Create(ConnectorServices.LocalMode());
        var client = services.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => client.UpdateActivityAsync(stub.ServiceUrl, "a:1xYz", "17", Card, CancellationToken.None));

        Assert.Equal("BadArgument", error.ErrorCode);
        Assert.Single(stub.Requests);
    }
}
