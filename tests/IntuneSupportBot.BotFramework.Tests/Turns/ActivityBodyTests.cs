using System.Text;
using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.Tests.Turns;

public sealed class ActivityBodyTests
{
    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    [Theory]
    [InlineData("""{"text":"plain"}""")]
    [InlineData("""{"text":"a pair \ud83d\ude00 and \uD83D\uDE00"}""")]
    [InlineData("""{"text":"an escaped backslash then text: \\ud800"}""")]
    [InlineData("""{"text":"\n\t\"\\ \u00e9 한국어 😀"}""")]
    public void Valid_Unicode_text_is_left_as_it_is(string json)
    {
        Assert.Null(ActivityBody.Repair(Utf8(json)));
    }

    [Theory]
    [InlineData("""{"text":"lone high \ud800 here"}""", """{"text":"lone high \uFFFD here"}""")]
    [InlineData("""{"text":"lone low \udc00"}""", """{"text":"lone low \uFFFD"}""")]
    [InlineData("""{"text":"reversed \ude00\ud83d"}""", """{"text":"reversed \uFFFD\uFFFD"}""")]
    [InlineData("""{"text":"high then letter \ud83d\u0041"}""", """{"text":"high then letter \uFFFD\u0041"}""")]
    [InlineData("""{"x":"\\\ud800"}""", """{"x":"\\\uFFFD"}""")]
    public void A_lone_surrogate_escape_becomes_the_replacement_character(string json, string expected)
    {
        var repaired = ActivityBody.Repair(Utf8(json));

        Assert.NotNull(repaired);
        Assert.Equal(expected, Encoding.UTF8.GetString(repaired));
        using var document = JsonDocument.Parse(repaired);
        Assert.All(document.RootElement.EnumerateObject(), property => Assert.DoesNotContain(property.Value.GetString()!, char.IsSurrogate));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_become_the_replacement_character()
    {
        byte[] json = [.. "{\"text\":\"a"u8, 0xC3, 0x28, 0xFF, .. "b\"}"u8];

        var repaired = ActivityBody.Repair(json);

        Assert.NotNull(repaired);
        Assert.Equal("a\uFFFD(\uFFFDb", JsonDocument.Parse(repaired).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void A_repaired_activity_can_be_written_again_with_its_unknown_properties()
    {
        var json = Utf8("""{"type":"message","text":"hi \ud800","from":{"id":"29:a","nickname":"\udfff x"},"custom":{"deep":["\ud800"]}}""");

        var activity = JsonSerializer.Deserialize(ActivityBody.Repair(json), BotJsonContext.Default.Activity)!;
        var written = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        Assert.Equal("hi \uFFFD", activity.Text);
        Assert.Contains("\"nickname\":\"\\uFFFD x\"", written, StringComparison.Ordinal);
        Assert.Contains("\"deep\":[\"\\uFFFD\"]", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_items_are_dropped_from_the_lists_of_an_activity()
    {
        var json = """{"type":"message","attachments":[null,{"contentType":"text/plain"}],"entities":[null],"membersAdded":[{"id":"29:a"},null],"membersRemoved":null}""";
        var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;

        var cleaned = ActivityBody.WithoutNullItems(activity);

        Assert.Equal("text/plain", Assert.Single(cleaned.Attachments!).ContentType);
        Assert.Empty(cleaned.Entities!);
        Assert.Equal("29:a", Assert.Single(cleaned.MembersAdded!).Id);
        Assert.Null(cleaned.MembersRemoved);
    }

    [Fact]
    public void An_activity_without_null_items_is_kept_as_it_is()
    {
        var activity = JsonSerializer.Deserialize("""{"type":"message","entities":[{"type":"clientInfo"}]}""", BotJsonContext.Default.Activity)!;

        Assert.Same(activity, ActivityBody.WithoutNullItems(activity));
    }
}
