using System.Text;
using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Tests.AdaptiveCards;

public sealed class CardSizeTests
{
    [Fact]
    public void The_size_is_the_byte_count_of_the_utf8_json()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("등록 실패 👍")] };

        Assert.Equal(Encoding.UTF8.GetByteCount(AdaptiveCardSerializer.ToJson(card)), AdaptiveCardSerializer.Write(card).Utf8Size);
    }

    [Fact]
    public void A_written_card_is_sent_as_the_json_that_was_measured()
    {
        var card = SampleCards.Everything();

        var written = AdaptiveCardSerializer.Write(card);
        var sent = AdaptiveCardSerializer.ToInvokeResponse(written).Value;
        var attached = AdaptiveCardSerializer.ToAttachment(written);

        Assert.Same(card, written.Card);
        Assert.Equal(AdaptiveCardSerializer.ToJson(card), Encoding.UTF8.GetString(written.Utf8.Span));
        Assert.Equal(Encoding.UTF8.GetByteCount(AdaptiveCardSerializer.ToJson(card)), written.Utf8Size);
        Assert.True(written.FitsChannelPost);
        Assert.Equal(AdaptiveCardSerializer.ToJson(card), Assert.IsType<RawJson>(sent).ToString());
        Assert.Equal(Attachment.AdaptiveCardContentType, attached.ContentType);
        Assert.Equal(AdaptiveCardSerializer.ToJson(card), attached.Content!.Value.GetRawText());
    }

    [Fact]
    public void A_card_over_28_kilobytes_does_not_fit_a_channel_post()
    {
        // 3 bytes per Hangul syllable: 10,000 of them are ~30 KB of JSON.
        var big = new AdaptiveCard { Body = [new TextBlock(new string('가', 10_000))] };
        var small = SampleCards.Everything();

        Assert.False(AdaptiveCardSerializer.Write(big).FitsChannelPost);
        Assert.True(AdaptiveCardSerializer.Write(big).Utf8Size > AdaptiveCardSerializer.ChannelPostLimitBytes);
        Assert.True(AdaptiveCardSerializer.Write(small).FitsChannelPost);
    }

    [Fact]
    public void A_card_becomes_an_adaptive_card_attachment()
    {
        var card = SampleCards.Everything();

        var attachment = AdaptiveCardSerializer.ToAttachment(card);

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal(AdaptiveCardSerializer.ToJson(card), attachment.Content!.Value.GetRawText());
    }

    [Fact]
    public void A_card_becomes_an_invoke_response_that_replaces_the_card()
    {
        var response = AdaptiveCardSerializer.ToInvokeResponse(SampleCards.Everything());

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, response.Type);
        var json = System.Text.Json.JsonSerializer.Serialize(response, BotJsonContext.Default.AdaptiveCardInvokeResponse);
        Assert.Contains("\"value\":{\"type\":\"AdaptiveCard\"", json, StringComparison.Ordinal);
        // On the wire (the options the adapter writes invoke answers with) the card is the measured JSON, byte for byte.
        var wire = System.Text.Json.JsonSerializer.Serialize<object>(response, WireJson.Options);
        Assert.Equal($"{{\"statusCode\":200,\"type\":\"{AdaptiveCardInvokeResponse.CardType}\",\"value\":{AdaptiveCardSerializer.ToJson(SampleCards.Everything())}}}", wire);
        Assert.Equal("AdaptiveCard", System.Text.Json.JsonDocument.Parse(wire).RootElement.GetProperty("value").GetProperty("type").GetString());
        var read = System.Text.Json.JsonSerializer.Deserialize<RawJson>(AdaptiveCardSerializer.ToJson(SampleCards.Everything()), WireJson.Options)!;
        Assert.Equal(AdaptiveCardSerializer.ToJson(SampleCards.Everything()), read.ToString());
        Assert.Equal("AdaptiveCard", read.ToElement().GetProperty("type").GetString());
    }
}
