using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Testing;

/// <summary>
/// Microsoft Graph on 127.0.0.1 (Kestrel, port 0): the documented JSON shapes of the calls the bot makes, under
/// <c>/v1.0</c>. Collections are served <see cref="PageSize"/> items a page with <c>@odata.nextLink</c>;
/// failures (429/503 with or without Retry-After) are scripted per path; every request is recorded.
/// </summary>
public sealed class GraphStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<GraphStubRequest> requests = new();
    private readonly ConcurrentDictionary<string, List<(string Id, string Name)>> channels = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, List<JsonObject>> groupMembers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, GraphStubUser> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, List<GraphStubDevice>> devices = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, List<GraphStubEnrollmentEvent>> events = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ScriptedFailure> failures = [];

    private GraphStub(WebApplication app) => this.app = app;

    /// <summary>The base URL a Graph client is given, version segment included.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public int PageSize { get; set; } = 2;

    public IReadOnlyList<GraphStubRequest> Requests => [.. requests];

    public static async Task<GraphStub> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var stub = new GraphStub(builder.Build());
        stub.app.Run(stub.HandleAsync);
        await stub.app.StartAsync();
        var address = stub.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.BaseUrl = new Uri($"{address.TrimEnd('/')}/v1.0");
        return stub;
    }

    public void AddChannel(string teamId, string channelId, string displayName) =>
        channels.GetOrAdd(teamId, _ => []).Add((channelId, displayName));

    public void AddUser(GraphStubUser user) => users[user.Id] = user;

    /// <summary>A transitive member of the group; users are also added to /users.</summary>
    public void AddGroupMember(string groupId, GraphStubUser user)
    {
        AddUser(user);
        groupMembers.GetOrAdd(groupId, _ => []).Add(user.ToJson());
    }

    public void AddNestedGroup(string groupId, string nestedGroupId, string displayName) =>
        groupMembers.GetOrAdd(groupId, _ => []).Add(new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.group",
            ["id"] = nestedGroupId,
            ["displayName"] = displayName,
            ["mail"] = null,
        });

    public void RemoveGroupMember(string groupId, string userId) =>
        groupMembers.GetOrAdd(groupId, _ => []).RemoveAll(member => (string?)member["id"] == userId);

    public void AddManagedDevice(string userId, GraphStubDevice device) => devices.GetOrAdd(userId, _ => []).Add(device);

    public void AddEnrollmentEvent(string userId, GraphStubEnrollmentEvent failure) => events.GetOrAdd(userId, _ => []).Add(failure);

    /// <summary>The next <paramref name="times"/> requests whose path contains <paramref name="pathContains"/> fail with Graph's error body.</summary>
    public void FailNext(string pathContains, HttpStatusCode status, int? retryAfterSeconds = null, int times = 1)
    {
        lock (failures)
        {
            failures.Add(new ScriptedFailure(pathContains, status, retryAfterSeconds) { Remaining = times });
        }
    }

    public IReadOnlyList<GraphStubRequest> RequestsTo(string pathContains) =>
        [.. requests.Where(request => request.Path.Contains(pathContains, StringComparison.OrdinalIgnoreCase))];

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
        var path = request.Path.Value ?? "";
        requests.Enqueue(new GraphStubRequest(
            request.Method, path, request.QueryString.Value ?? "", request.Headers.Authorization.FirstOrDefault(), body, DateTimeOffset.UtcNow));

        if (TakeFailure(path) is { } failure)
        {
            if (failure.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await WriteErrorAsync(context, failure.Status, failure.Status == HttpStatusCode.TooManyRequests ? "TooManyRequests" : "ServiceUnavailable",
                "Scripted failure from the Graph stub.");
            return;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || segments[0] != "v1.0")
        {
            await WriteErrorAsync(context, HttpStatusCode.BadRequest, "BadRequest", $"Invalid version or resource path '{path}'.");
            return;
        }

        var handling = (request.Method, segments[1..]) switch
        {
            ("GET", ["teams", var team, "channels"]) => ListChannelsAsync(context, team),
            ("GET", ["groups", var group, "transitiveMembers"]) => ListMembersAsync(context, group),
            ("GET", ["users", var user]) => GetUserAsync(context, user),
            ("GET", ["users", var user, "manager"]) => GetManagerAsync(context, user),
            ("GET", ["users", var user, "managedDevices"]) => WithUserAsync(context, user, () =>
                WritePageAsync(context, [.. devices.GetValueOrDefault(user, []).Select(device => device.ToJson())], "managedDevices")),
            ("GET", ["users", var user, "deviceManagementTroubleshootingEvents"]) => WithUserAsync(context, user, () =>
                WritePageAsync(context, [.. events.GetValueOrDefault(user, []).Select(failure => failure.ToJson())], "deviceManagementTroubleshootingEvents")),
            ("POST", ["users", var organizer, "onlineMeetings"]) => CreateMeetingAsync(context, organizer, body),
            ("POST", ["users", var user, "teamwork", "sendActivityNotification"]) => WithUserAsync(context, user, () =>
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return Task.CompletedTask;
            }),
            _ => WriteErrorAsync(context, HttpStatusCode.BadRequest, "BadRequest", $"Resource not found for the segment '{segments[^1]}'."),
        };
        await handling;
    }

    private Task ListChannelsAsync(HttpContext context, string teamId) =>
        channels.TryGetValue(teamId, out var list)
            ? WritePageAsync(context, [.. list.Select(channel => new JsonObject
            {
                ["id"] = channel.Id,
                ["createdDateTime"] = "2024-05-02T01:14:32.441Z",
                ["displayName"] = channel.Name,
                ["description"] = null,
                ["membershipType"] = "standard",
                ["email"] = "",
                ["webUrl"] = $"https://teams.microsoft.com/l/channel/{Uri.EscapeDataString(channel.Id)}",
            })], $"teams('{teamId}')/channels")
            : WriteErrorAsync(context, HttpStatusCode.NotFound, "NotFound", $"No team found with Group Id {teamId}");

    private Task ListMembersAsync(HttpContext context, string groupId) =>
        groupMembers.TryGetValue(groupId, out var members)
            ? WritePageAsync(context, members, "directoryObjects")
            : WriteErrorAsync(context, HttpStatusCode.NotFound, "Request_ResourceNotFound", NotFoundMessage(groupId));

    private Task GetUserAsync(HttpContext context, string userId) =>
        WithUserAsync(context, userId, () => WriteJsonAsync(context, HttpStatusCode.OK, Select(context, users[userId].ToJson(), "users/$entity")));

    private Task GetManagerAsync(HttpContext context, string userId) => WithUserAsync(context, userId, () =>
        users[userId].ManagerId is { } managerId && users.TryGetValue(managerId, out var manager)
            ? WriteJsonAsync(context, HttpStatusCode.OK, Select(context, manager.ToJson(), "directoryObjects/$entity"))
            : WriteErrorAsync(context, HttpStatusCode.NotFound, "Request_ResourceNotFound", NotFoundMessage("manager")));

    private Task CreateMeetingAsync(HttpContext context, string organizerId, string body)
    {
        var meeting = JsonNode.Parse(body)?.AsObject() ?? [];
        var id = $"MSo{Guid.NewGuid():N}";
        meeting["@odata.context"] = $"{BaseUrl}/$metadata#users('{organizerId}')/onlineMeetings/$entity";
        meeting["id"] = id;
        meeting["creationDateTime"] = DateTimeOffset.UtcNow.ToString("O");
        meeting["joinWebUrl"] = $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0";
        meeting["chatInfo"] = new JsonObject { ["threadId"] = $"19:meeting_{id}@thread.v2", ["messageId"] = "0" };
        return WriteJsonAsync(context, HttpStatusCode.Created, meeting);
    }

    private Task WithUserAsync(HttpContext context, string userId, Func<Task> found) =>
        users.ContainsKey(userId) ? found() : WriteErrorAsync(context, HttpStatusCode.NotFound, "Request_ResourceNotFound", NotFoundMessage(userId));

    private Task WritePageAsync(HttpContext context, IReadOnlyList<JsonObject> items, string contextPath)
    {
        var skip = int.TryParse(context.Request.Query["$skiptoken"], out var token) ? token : 0;
        var page = new JsonObject
        {
            ["@odata.context"] = $"{BaseUrl}/$metadata#{contextPath}",
            ["value"] = new JsonArray([.. items.Skip(skip).Take(PageSize).Select(item => (JsonNode)Select(context, item, null))]),
        };
        if (skip + PageSize < items.Count)
        {
            var query = context.Request.Query.Where(pair => pair.Key != "$skiptoken")
                .Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value.ToString())}")
                .Append($"$skiptoken={skip + PageSize}");
            page["@odata.nextLink"] = $"{BaseUrl.GetLeftPart(UriPartial.Authority)}{context.Request.Path}?{string.Join('&', query)}";
        }

        return WriteJsonAsync(context, HttpStatusCode.OK, page);
    }

    // Graph returns only the selected properties (plus the type annotation) when $select is given.
    private static JsonObject Select(HttpContext context, JsonObject item, string? entityContext)
    {
        var selected = context.Request.Query["$select"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var result = new JsonObject();
        if (entityContext is not null)
        {
            result["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#{entityContext}";
        }

        foreach (var (name, value) in item)
        {
            if (selected.Length == 0 || name.StartsWith('@') || selected.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                result[name] = value?.DeepClone();
            }
        }

        return result;
    }

    private ScriptedFailure? TakeFailure(string path)
    {
        lock (failures)
        {
            var failure = failures.FirstOrDefault(candidate => candidate.Remaining > 0 && path.Contains(candidate.PathContains, StringComparison.OrdinalIgnoreCase));
            if (failure is not null)
            {
                failure.Remaining--;
            }

            return failure;
        }
    }

    private static string NotFoundMessage(string id) =>
        $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.";

    private static Task WriteErrorAsync(HttpContext context, HttpStatusCode status, string code, string message) =>
        WriteJsonAsync(context, status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss"),
                    ["request-id"] = Guid.NewGuid().ToString(),
                    ["client-request-id"] = context.Request.Headers["client-request-id"].FirstOrDefault() ?? Guid.NewGuid().ToString(),
                },
            },
        });

    private static async Task WriteJsonAsync(HttpContext context, HttpStatusCode status, JsonObject json)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json; odata.metadata=minimal; charset=utf-8";
        await context.Response.WriteAsync(json.ToJsonString(), context.RequestAborted);
    }

    private sealed record ScriptedFailure(string PathContains, HttpStatusCode Status, int? RetryAfterSeconds)
    {
        public int Remaining { get; set; }
    }
}
