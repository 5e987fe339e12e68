using System.Net;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using static IntuneSupportBot.Tests.Diagnostics.ProductionTenant;

namespace IntuneSupportBot.Tests.Diagnostics;

public sealed class DoctorProductionTests : IAsyncLifetime, IDisposable
{
    private readonly DoctorRun _doctor = new();
    private ProductionTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await ProductionTenant.StartAsync();

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    public void Dispose() => _doctor.Dispose();

    private Task<DoctorOutput> RunAsync(Dictionary<string, string> settings, Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure = null) =>
        _doctor.RunAsync(settings, configure ?? IssueBotTokens, UseGraphStub);

    [Fact]
    public async Task A_complete_deployment_passes_every_check_and_prints_no_secret()
    {
        var result = await RunAsync(_tenant.Settings());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"OK    Bot identity: SingleTenant bot {AppId} got a token for https://api.botframework.com/.default.", result.Line("Bot identity"));
        Assert.Equal($"OK    Signing metadata: 2 signing keys from {_tenant.OpenId.MetadataUrl}.", result.Line("Signing metadata"));
        Assert.StartsWith("OK    Messaging endpoint: https://isb-pilot.azurewebsites.net/api/messages", result.Line("Messaging endpoint"), StringComparison.Ordinal);
        Assert.StartsWith("OK    Tier 2 channel: 'Tier 2 - Senior Support' (19:tier2@thread.tacv2)", result.Line("Tier 2 channel"), StringComparison.Ordinal);
        Assert.StartsWith("OK", result.Line("Graph GroupMember.Read.All"), StringComparison.Ordinal);
        Assert.Equal($"OK    Graph User.Read.All: read the profile of user {ProbeUser}.", result.Line("Graph User.Read.All"));
        Assert.Equal($"OK    Graph DeviceManagementManagedDevices.Read.All: read the managed devices of user {ProbeUser}.", result.Line("Graph DeviceManagementManagedDevices.Read.All"));
        Assert.Contains("Summary: 11 OK, 0 WARN, 0 SKIP, 0 FAIL.", result.Lines);
        Assert.DoesNotContain("Mode:", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(BotSecret, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(GraphSecret, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_tier_channel_name_fails_and_lists_the_channels_the_team_has()
    {
        var settings = _tenant.Settings();
        settings["Directory:Tiers:1:ChannelName"] = "Tier 2 - Seniors";

        var result = await RunAsync(settings);

        Assert.Equal(1, result.ExitCode);
        var line = result.Line("Tier 2 channel");
        Assert.StartsWith($"FAIL  Tier 2 channel: Tier 2: team {TeamId} has no channel named 'Tier 2 - Seniors'.", line, StringComparison.Ordinal);
        Assert.Contains("'General', 'Tier 1 - Helpdesk', 'Tier 2 - Senior Support', 'Tier 3 - MDM Team'", line, StringComparison.Ordinal);
        Assert.Contains("Fix: set the tier's ChannelName in Directory:Tiers to one of the listed channels", line, StringComparison.Ordinal);
        Assert.StartsWith("OK", result.Line("Tier 1 channel"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_graph_403_names_the_application_permission_to_grant()
    {
        _tenant.Graph.FailNext($"/users/{ProbeUser}/managedDevices", HttpStatusCode.Forbidden);

        var result = await RunAsync(_tenant.Settings());

        Assert.Equal(1, result.ExitCode);
        var line = result.Line("Graph DeviceManagementManagedDevices.Read.All");
        Assert.StartsWith("FAIL  Graph DeviceManagementManagedDevices.Read.All: Graph refused the call (403", line, StringComparison.Ordinal);
        Assert.Contains("Fix: grant the application permission DeviceManagementManagedDevices.Read.All", line, StringComparison.Ordinal);
        Assert.StartsWith("OK", result.Line("Graph User.Read.All"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_probe_user_the_device_check_is_skipped_with_the_setting_to_add()
    {
        var settings = _tenant.Settings();
        settings.Remove("Diagnostics:ProbeUserId");

        var result = await RunAsync(settings);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("SKIP  Graph DeviceManagementManagedDevices.Read.All: Diagnostics:ProbeUserId is not set", result.Line("Graph DeviceManagementManagedDevices.Read.All"), StringComparison.Ordinal);
        Assert.Equal("OK    Graph User.Read.All: read the profile of user 00000000-1111-4222-8333-444455556666.", result.Line("Graph User.Read.All"));
    }

    [Fact]
    public async Task An_entra_refusal_prints_the_aadsts_code_and_the_fix_but_not_the_secret()
    {
        var result = await RunAsync(_tenant.Settings(), builder => builder.Services.AddSingleton<TokenCredential>(new RefusingCredential(
            $"ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{AppId}'. Trace ID: 5f1d Correlation ID: 9c2e")));

        Assert.Equal(1, result.ExitCode);
        var line = result.Line("Bot identity");
        Assert.StartsWith("FAIL  Bot identity: Entra refused the token request (AADSTS7000215: the client secret is wrong).", line, StringComparison.Ordinal);
        Assert.Contains("Fix: Bot:ClientSecret must be the secret's Value", line, StringComparison.Ordinal);
        Assert.DoesNotContain(BotSecret, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trace ID", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multi_tenant_bot_that_gets_its_token_is_warned_about_the_retired_bot_type_and_still_passes()
    {
        var settings = _tenant.Settings();
        settings["Bot:AppType"] = "MultiTenant";
        settings.Remove("Bot:TenantId");

        var result = await RunAsync(settings);

        Assert.Equal(0, result.ExitCode);
        var line = result.Line("Bot identity");
        Assert.StartsWith("WARN  Bot identity: MultiTenant bot", line, StringComparison.Ordinal);
        Assert.Contains("cannot be created since 2025-07-31", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_messaging_endpoint_that_does_not_end_in_api_messages_fails()
    {
        var settings = _tenant.Settings();
        settings["Bot:MessagingEndpoint"] = "https://isb-pilot.azurewebsites.net/bot";

        var result = await RunAsync(settings);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("FAIL  Messaging endpoint: https://isb-pilot.azurewebsites.net/bot does not end with /api/messages", result.Line("Messaging endpoint"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_service_that_never_answers_fails_the_check_after_the_timeout()
    {
        var settings = _tenant.Settings();
        settings["Diagnostics:CheckTimeout"] = "00:00:01";

        var result = await RunAsync(settings, builder => builder.Services.AddSingleton<TokenCredential>(new SilentCredential()));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("FAIL  Bot identity: no answer within 1 s.", result.Line("Bot identity"), StringComparison.Ordinal);
    }

    /// <summary>A token endpoint that accepts the connection and never answers.</summary>
    private sealed class SilentCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>Answers like Azure.Identity does when Entra refuses the request.</summary>
    private sealed class RefusingCredential(string entraMessage) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException(entraMessage);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException(entraMessage);
    }
}
