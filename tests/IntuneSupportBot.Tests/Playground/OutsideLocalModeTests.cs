using System.Net;
using System.Text;
using IntuneSupportBot.Tests.Hosting;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>With a bot identity configured the playground does not exist: it would accept unauthenticated traffic.</summary>
public sealed class OutsideLocalModeTests
{
    private static readonly (string Method, string Path)[] PlaygroundRoutes =
    [
        ("GET", "/"),
        ("GET", "/playground/assets/index.html"),
        ("GET", "/playground/assets/playground.js"),
        ("GET", "/playground/identities"),
        ("GET", "/playground/channels"),
        ("GET", "/playground/events"),
        ("POST", "/playground/invoke"),
        ("POST", "/v3/directline/tokens/generate"),
        ("POST", "/v3/directline/tokens/refresh"),
        ("POST", "/v3/directline/conversations"),
        ("GET", "/v3/directline/conversations/a:1"),
        ("POST", "/v3/directline/conversations/a:1/activities"),
        ("GET", "/v3/directline/conversations/a:1/activities?watermark=0"),
        ("POST", "/_connector/v3/conversations"),
        ("POST", "/_connector/v3/conversations/a:1/activities"),
        ("POST", "/_connector/v3/conversations/a:1/activities/1"),
        ("PUT", "/_connector/v3/conversations/a:1/activities/1"),
        ("DELETE", "/_connector/v3/conversations/a:1/activities/1"),
        ("GET", "/_connector/v3/conversations/a:1/members/29:x"),
    ];

    [Fact]
    public async Task Every_playground_route_is_404_when_the_bot_has_an_app_id()
    {
        await using var host = await TestBotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "11111111-2222-3333-4444-555555555555",
            ["Bot:TenantId"] = "c0ffee00-0000-4000-8000-000000000001",
        }, services => services.AddFixedConnectorToken("connector-token-for-tests"));

        var answers = new List<string>();
        foreach (var (method, path) in PlaygroundRoutes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }
            using var response = await host.Client.SendAsync(request);
            answers.Add($"{method} {path} -> {(int)response.StatusCode}");
        }

        Assert.All(answers, answer => Assert.EndsWith("-> 404", answer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_local_mode_the_page_is_served_at_the_root()
    {
        await using var host = await TestBotHost.StartAsync();

        using var page = await host.Client.GetAsync("/");
        using var script = await host.Client.GetAsync("/playground/assets/playground.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/playground/assets/playground.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }
}
