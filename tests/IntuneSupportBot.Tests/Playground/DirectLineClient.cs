using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>Speaks Direct Line 3.0 to the host the way DirectLineJS does (token, start, post, poll with a watermark).</summary>
public sealed class DirectLineClient
{
    private readonly HttpClient http;

    private DirectLineClient(HttpClient http, string conversationId, string token)
    {
        this.http = http;
        ConversationId = conversationId;
        Token = token;
    }

    public string ConversationId { get; }

    public string Token { get; }

    public static async Task<DirectLineClient> StartAsync(HttpClient http, string requesterId)
    {
        using var generated = await http.PostAsJsonAsync("/v3/directline/tokens/generate", new { user = new { id = requesterId } });
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var token = (await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();

        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await http.SendAsync(start);
        Assert.True(started.IsSuccessStatusCode, $"start conversation answered {(int)started.StatusCode}");
        var conversation = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        return new DirectLineClient(http, conversation["conversationId"]!.GetValue<string>(), conversation["token"]!.GetValue<string>());
    }

    /// <summary>Posts what Web Chat posts for a typed message; returns the server's activity id.</summary>
    public Task<HttpResponseMessage> PostAsync(object activity, string? token = null, string? conversationId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities")
        {
            Content = JsonContent.Create(activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return http.SendAsync(request);
    }

    public async Task<string> SayAsync(string text, string clientActivityId)
    {
        using var response = await PostAsync(new
        {
            type = "message",
            text,
            from = new { id = "web-chat-user", name = "Web Chat user", role = "user" },
            locale = "en-US",
            channelId = "webchat",
            channelData = new { clientActivityID = clientActivityId },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public async Task<(JsonArray Activities, string Watermark)> GetAsync(string? watermark)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (set["activities"]!.AsArray(), set["watermark"]!.GetValue<string>());
    }

    public static string? Text(JsonNode? activity) => activity?["text"]?.GetValue<string>();

    public static string? Role(JsonNode? activity) => activity?["from"]?["role"]?.GetValue<string>();
}
