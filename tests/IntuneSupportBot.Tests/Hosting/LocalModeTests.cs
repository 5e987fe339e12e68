using System.Net;
using IntuneSupportBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntuneSupportBot.Tests.Hosting;

public sealed class LocalModeTests
{
    [Fact]
    public async Task Without_an_app_id_a_loopback_request_needs_no_token_and_the_reply_carries_none()
    {
        await using var connector = await ConnectorStub.StartAsync();
        await using var bot = await TestBotHost.StartAsync();
        var message = TeamsActivities.PersonalMessage(connector.ServiceUrl, "echo local");

        var response = await bot.Client.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await connector.WaitForAsync(r => r.ConversationId == message.Conversation!.Id, 1, TimeSpan.FromSeconds(10)));
        Assert.Equal("you said: local", reply.Activity!.Text);
        Assert.Null(reply.Authorization);
        Assert.Contains("LOCAL MODE", bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_app_id_the_bot_does_not_answer_to_a_non_loopback_service_url()
    {
        await using var bot = await TestBotHost.StartAsync();
        var message = TeamsActivities.PersonalMessage("https://smba.trafficmanager.net/amer/", "echo leak");

        var response = await bot.Client.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("serviceUrl", bot.Logs.All, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Local_mode_refuses_to_run_on_a_non_loopback_address()
    {
        await using var bot = await TestBotHost.StartAsync(new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:0" });
        var lifetime = bot.Services.GetRequiredService<IHostApplicationLifetime>();

        var stopped = await Task.WhenAny(Task.Delay(TimeSpan.FromSeconds(10)), WaitForAsync(lifetime.ApplicationStopping));

        Assert.True(lifetime.ApplicationStopping.IsCancellationRequested, "the app kept running on 0.0.0.0 in local mode");
        Assert.Contains("Refusing to run in local mode", bot.Logs.All, StringComparison.Ordinal);
    }

    private static Task WaitForAsync(CancellationToken token)
    {
        var done = new TaskCompletionSource();
        token.Register(() => done.TrySetResult());
        return done.Task;
    }
}
