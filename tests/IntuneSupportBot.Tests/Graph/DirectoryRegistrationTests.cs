using IntuneSupportBot.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static IntuneSupportBot.Tests.Graph.SampleDirectoryConfiguration;

namespace IntuneSupportBot.Tests.Graph;

public sealed class DirectoryRegistrationTests
{
    [Fact]
    public async Task With_a_client_secret_the_graph_directory_answers_instead_of_the_demo_tenant()
    {
        await using var services = Services(new()
        {
            ["Directory:TenantId"] = "contoso.onmicrosoft.com",
            ["Directory:ClientId"] = "9a1f4c7e-2d5b-4e8a-b3c6-0f7d1e9a4b25",
            ["Directory:ClientSecret"] = "configured",
            ["Directory:Tiers:0:Tier"] = "1",
            ["Directory:Tiers:0:TeamId"] = "2f3e7c1a-5b9d-4e08-a6c2-91d4b7e0f135",
            ["Directory:Tiers:0:ChannelName"] = "Tier 1 - Helpdesk",
        });

        Assert.IsType<GraphDirectory>(services.GetRequiredService<IDirectory>());
    }

    [Fact]
    public async Task Client_secret_without_tenant_and_client_id_is_refused()
    {
        await using var services = Services(new()
        {
            ["Directory:ClientSecret"] = "configured",
            ["Directory:Tiers:0:Tier"] = "1",
            ["Directory:Tiers:0:TeamId"] = "2f3e7c1a-5b9d-4e08-a6c2-91d4b7e0f135",
            ["Directory:Tiers:0:ChannelId"] = "19:tier1@thread.tacv2",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DirectoryOptions>>().Value);

        Assert.Contains("Directory:TenantId and Directory:ClientId are required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_tier_with_both_channel_id_and_name_is_refused()
    {
        await using var services = Services(new()
        {
            ["Directory:ManagedIdentityClientId"] = "5d2c9e1a-7b3f-4a60-8e4d-1c9b2a7f3e05",
            ["Directory:Tiers:0:Tier"] = "1",
            ["Directory:Tiers:0:TeamId"] = "2f3e7c1a-5b9d-4e08-a6c2-91d4b7e0f135",
            ["Directory:Tiers:0:ChannelId"] = "19:tier1@thread.tacv2",
            ["Directory:Tiers:0:ChannelName"] = "Tier 1 - Helpdesk",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DirectoryOptions>>().Value);

        Assert.Contains("tier 1 needs exactly one of ChannelId or ChannelName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_tier_member_missing_from_the_demo_users_is_refused()
    {
        await using var services = Services(new() { ["Directory:Local:Tiers:0:Members:3"] = "typo-in-an-object-id" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DirectoryOptions>>().Value);

        Assert.Contains("typo-in-an-object-id", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> overrides) =>
        new ServiceCollection().AddLogging().AddDirectory(Load(overrides)).BuildServiceProvider(validateScopes: true);
}
