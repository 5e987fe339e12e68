using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.State;

namespace IntuneSupportBot.BotFramework.Tests.State;

/// <summary>Every turn offers its conversation reference; only a change reaches storage.</summary>
public sealed class ConversationReferenceStoreTests
{
    private readonly CountingStorage _storage = new();
    private readonly ConversationReferenceStore _references;

    public ConversationReferenceStoreTests() => _references = new ConversationReferenceStore(_storage);

    [Fact]
    public async Task The_same_reference_from_another_activity_is_written_once()
    {
        await _references.SaveAsync(Reference("a1"), default);
        await _references.SaveAsync(Reference("a2"), default);

        Assert.Equal(1, _storage.Writes);
        var stored = await _references.GetAsync("msteams", "19:thread@thread.tacv2", default);
        Assert.Equal(Reference(null), stored);
    }

    [Fact]
    public async Task A_moved_service_url_or_a_renamed_user_is_written_again()
    {
        await _references.SaveAsync(Reference("a1"), default);
        await _references.SaveAsync(Reference("a2") with { ServiceUrl = "https://smba.trafficmanager.net/emea/" }, default);
        await _references.SaveAsync(Reference("a3") with { ServiceUrl = "https://smba.trafficmanager.net/emea/", User = new ChannelAccount { Id = "29:u", Name = "Min-ji Park" } }, default);

        Assert.Equal(3, _storage.Writes);
        Assert.Equal("Min-ji Park", (await _references.GetAsync("msteams", "19:thread@thread.tacv2", default))!.User!.Name);
    }

    [Fact]
    public async Task Accounts_with_properties_of_their_own_are_compared_by_their_json()
    {
        static ConversationReference WithExtra(string activityId, string value) => Reference(activityId) with
        {
            User = new ChannelAccount { Id = "29:u", Name = "Minji Park", Properties = new() { ["userPrincipalName"] = JsonSerializer.SerializeToElement(value) } },
        };

        await _references.SaveAsync(WithExtra("a1", "minji@contoso.com"), default);
        await _references.SaveAsync(WithExtra("a2", "minji@contoso.com"), default);
        await _references.SaveAsync(WithExtra("a3", "minji.park@contoso.com"), default);

        Assert.Equal(2, _storage.Writes);
    }

    [Fact]
    public async Task Conversations_are_kept_apart()
    {
        await _references.SaveAsync(Reference("a1"), default);
        await _references.SaveAsync(Reference("a2") with { Conversation = new ConversationAccount { Id = "a:personal", ConversationType = "personal" } }, default);

        Assert.Equal(2, _storage.Writes);
        Assert.NotNull(await _references.GetAsync("msteams", "a:personal", default));
    }

    private static ConversationReference Reference(string? activityId) => new(
        activityId,
        new ChannelAccount { Id = "29:u", Name = "Minji Park", AadObjectId = "00000000-0000-0000-0000-0000000000aa" },
        new ChannelAccount { Id = "28:bot", Name = "Intune Support" },
        new ConversationAccount { Id = "19:thread@thread.tacv2", ConversationType = "channel", IsGroup = true, TenantId = "t1" },
        "msteams",
        "https://smba.trafficmanager.net/amer/",
        "ko-KR");
}
