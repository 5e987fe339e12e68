using Azure.Core;
using IntuneSupportBot.Graph;
using IntuneSupportBot.Testing;
using IntuneSupportBot.Tests.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Tests.Diagnostics;

/// <summary>
/// A deployment's outside world on loopback: the Bot Framework metadata (OpenIdStub) and Microsoft Graph (GraphStub)
/// holding the support team's three tier channels, tier groups and a probe user with an Intune device. Entra
/// cannot be reached here, so the bot's and Graph's credentials hand out fixed tokens.
/// </summary>
internal sealed class ProductionTenant : IAsyncDisposable
{
    public const string AppId = "0b6e5f4a-3c2d-4e1f-9a8b-7c6d5e4f3a2b";
    public const string TenantId = "8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a6b";
    public const string BotSecret = "bot-Secret~Value.never-printed";
    public const string GraphSecret = "graph-Secret~Value.never-printed";
    public const string TeamId = "2f3e7c1a-5b9d-4e08-a6c2-91d4b7e0f135";
    public const string ProbeUser = "c14ce0b1-eb48-47ec-a872-f2da9c9bb3fe";
    public static readonly string[] TierGroups = ["7c0b5e2d-1f4a-4c93-8e6b-0d2a9f3c5e71", "4e9a1c7f-3b2d-4f60-9a8e-5c1b7d2e0f48", "b1d5f3a9-7e2c-4d86-a0f4-3e9c1b7a5d26"];
    public static readonly string[] TierChannels = ["Tier 1 - Helpdesk", "Tier 2 - Senior Support", "Tier 3 - MDM Team"];

    private ProductionTenant(OpenIdStub openId, GraphStub graph)
    {
        OpenId = openId;
        Graph = graph;
    }

    public OpenIdStub OpenId { get; }

    public GraphStub Graph { get; }

    public static async Task<ProductionTenant> StartAsync()
    {
        var tenant = new ProductionTenant(await OpenIdStub.StartAsync(), await GraphStub.StartAsync());
        var graph = tenant.Graph;
        graph.AddChannel(TeamId, "19:general@thread.tacv2", "General");
        for (var index = 0; index < TierChannels.Length; index++)
        {
            graph.AddChannel(TeamId, $"19:tier{index + 1}@thread.tacv2", TierChannels[index]);
            graph.AddGroupMember(TierGroups[index], new GraphStubUser($"0000000{index}-1111-4222-8333-444455556666", $"Agent {index + 1}"));
        }

        graph.AddUser(new GraphStubUser(ProbeUser, "Dana Park", "dana.park@contoso.com"));
        graph.AddManagedDevice(ProbeUser, new GraphStubDevice("bce7df9d-3677-40de-9ef6-bd2927b64918", "DANA-SL7-1188", "Windows", "10.0.26100.2314"));
        return tenant;
    }

    /// <summary>A complete single-tenant deployment's settings, as an operator would set them.</summary>
    public Dictionary<string, string> Settings()
    {
        var settings = new Dictionary<string, string>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = TenantId,
            ["Bot:AppType"] = "SingleTenant",
            ["Bot:ClientSecret"] = BotSecret,
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = OpenId.MetadataUrl,
            ["Bot:MessagingEndpoint"] = "https://isb-pilot.azurewebsites.net/api/messages",
            ["Directory:TenantId"] = TenantId,
            ["Directory:ClientId"] = AppId,
            ["Directory:ClientSecret"] = GraphSecret,
            ["Directory:BaseUrl"] = Graph.BaseUrl.AbsoluteUri,
            ["Diagnostics:ProbeUserId"] = ProbeUser,
        };
        for (var index = 0; index < TierChannels.Length; index++)
        {
            settings[$"Directory:Tiers:{index}:Tier"] = $"{index + 1}";
            settings[$"Directory:Tiers:{index}:TeamId"] = TeamId;
            settings[$"Directory:Tiers:{index}:ChannelName"] = TierChannels[index];
            settings[$"Directory:Tiers:{index}:GroupId"] = TierGroups[index];
        }

        return settings;
    }

    /// <summary>The bot's token comes from a credential that answers like Entra does for a valid secret.</summary>
    public static void IssueBotTokens(WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<TokenCredential>(new FixedTokenCredential("bot-connector-token"));

    /// <summary>The app's real Graph client, pointed at the stub by Directory:BaseUrl, with a fixed token.</summary>
    public static void UseGraphStub(IServiceCollection services) =>
        services.AddSingleton(provider => GraphClientBuilder.Build(
            provider.GetRequiredService<IOptions<DirectoryOptions>>().Value, new FixedTokenCredential("graph-token")));

    public async ValueTask DisposeAsync()
    {
        await Graph.DisposeAsync();
        await OpenId.DisposeAsync();
    }
}
