using System.Text.Json;
using IntuneSupportBot.BotFramework.Authentication;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Tests.Authentication;

public sealed class ActivityTenantTests
{
    private const string Ours = "0b6f1e9a-2c3d-4e5f-8a9b-7c6d5e4f3a2b";
    private const string Theirs = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";

    private static Activity From(string? conversationTenant, string? channelDataTenant) => new()
    {
        Conversation = new ConversationAccount { Id = "a:1", TenantId = conversationTenant },
        ChannelData = channelDataTenant is null ? null
            : JsonSerializer.SerializeToElement(new TeamsChannelData { Tenant = new TenantInfo(channelDataTenant) }, BotJsonContext.Default.TeamsChannelData),
    };

    [Fact]
    public void The_tenant_is_the_conversations_else_the_one_in_channel_data()
    {
        Assert.Equal(Ours, ActivityTenant.Of(From(Ours, Theirs)));
        Assert.Equal(Theirs, ActivityTenant.Of(From(null, Theirs)));
        Assert.Equal(Theirs, ActivityTenant.Of(From("", Theirs)));
        Assert.Null(ActivityTenant.Of(From(null, null)));
    }

    [Fact]
    public void Only_a_named_tenant_other_than_the_configured_one_is_foreign()
    {
        Assert.Equal(Theirs, ActivityTenant.Foreign(From(Theirs, null), Ours));
        Assert.Equal(Theirs, ActivityTenant.Foreign(From(null, Theirs), Ours));
        Assert.Null(ActivityTenant.Foreign(From(Ours.ToUpperInvariant(), null), Ours));
        Assert.Null(ActivityTenant.Foreign(From(null, null), Ours));
    }

    [Fact]
    public void An_activity_naming_no_tenant_is_given_the_configured_one_and_any_other_is_left_as_it_is()
    {
        Assert.Equal(Ours, ActivityTenant.Filled(From(null, null), Ours).Conversation!.TenantId);
        var named = From(null, Theirs);
        Assert.Same(named, ActivityTenant.Filled(named, Ours));
        Assert.Null(ActivityTenant.Filled(new Activity(), Ours).Conversation);
    }
}
