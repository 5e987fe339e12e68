using IntuneSupportBot.BotFramework.Authentication;
using IntuneSupportBot.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.BotFramework.Tests.Connector;

public sealed class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy Policy(string? appId, params string[] extraHosts)
    {
        var options = new BotOptions { AppId = appId };
        options.TrustedServiceUrlHosts.AddRange(extraHosts);
        return new ServiceUrlPolicy(Options.Create(options));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer/c0ffee00-0000-0000-0000-000000000001/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/gcch")]
    [InlineData("https://europe.webchat.botframework.com/")]
    public void Teams_service_urls_are_trusted(string serviceUrl) =>
        Assert.True(Policy("app").IsTrusted(new Uri(serviceUrl)));

    [Theory]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://evil.example.com/amer/")]
    [InlineData("https://smba.trafficmanager.net.evil.example.com/")]
    [InlineData("https://teams.microsoft.com.evil.example.com/")]
    [InlineData("https://smba.trafficmanager.net@evil.example.com/")]
    [InlineData("https://teams.microsoft.com/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    public void Look_alike_plain_http_and_bare_wildcard_hosts_are_refused(string serviceUrl) =>
        Assert.False(Policy("app").IsTrusted(new Uri(serviceUrl)));

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://[::1]:5000/")]
    public void Local_mode_trusts_loopback_over_plain_http(string serviceUrl) =>
        Assert.True(Policy(appId: null).IsTrusted(new Uri(serviceUrl)));

    [Fact]
    public void With_an_app_id_loopback_is_trusted_only_when_listed()
    {
        Assert.False(Policy("app").IsTrusted(new Uri("http://127.0.0.1:5000/")));
        Assert.True(Policy("app", "127.0.0.1").IsTrusted(new Uri("http://127.0.0.1:5000/")));
    }

    [Fact]
    public void A_listed_host_that_is_not_loopback_still_needs_https()
    {
        var policy = Policy("app", "connector.contoso.test");

        Assert.False(policy.IsTrusted(new Uri("http://connector.contoso.test/")));
        Assert.True(policy.IsTrusted(new Uri("https://connector.contoso.test/")));
    }

    [Fact]
    public void Local_mode_keeps_refusing_remote_hosts_outside_the_list() =>
        Assert.False(Policy(appId: null).IsTrusted(new Uri("http://10.1.2.3/")));
}
