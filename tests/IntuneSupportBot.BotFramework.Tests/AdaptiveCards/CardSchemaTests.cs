using System.Text.Json;
using System.Text.Json.Nodes;
using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Testing;

namespace IntuneSupportBot.BotFramework.Tests.AdaptiveCards;

public sealed class CardSchemaTests
{
    private static JsonElement Broken(Action<JsonObject> breakIt)
    {
        var card = JsonNode.Parse(AdaptiveCardSerializer.ToJson(SampleCards.Everything()))!.AsObject();
        breakIt(card);
        return JsonSerializer.SerializeToElement(card, AdaptiveCardJsonContext.Default.JsonObject);
    }

    private static JsonObject Body(JsonObject card, int index) => card["body"]![index]!.AsObject();

    [Fact]
    public void The_schema_copy_is_the_published_file()
    {
        var bytes = File.ReadAllBytes(CardSchema.SchemaPath);

        Assert.Equal("32c91fb285180a266a55b3475dd0396e63fe079311714d3a14963b41f5e17920", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    [Fact]
    public void A_card_with_every_element_and_action_is_valid()
    {
        var errors = CardSchema.Validate(AdaptiveCardSerializer.ToElement(SampleCards.Everything()));

        Assert.Empty(errors);
    }

    [Fact]
    public void An_unknown_element_type_is_refused()
    {
        var errors = CardSchema.Validate(Broken(card => Body(card, 0)["type"] = "Marquee"));

        Assert.Contains(errors, error => error.Contains("NotInEnumeration at #/body[0].type", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_block_without_text_is_refused()
    {
        var errors = CardSchema.Validate(Broken(card => Body(card, 0).Remove("text")));

        Assert.Contains(errors, error => error.Contains("PropertyRequired at #/body[0].text", StringComparison.Ordinal));
    }

    [Fact]
    public void An_execute_action_with_a_number_for_its_verb_is_refused()
    {
        var errors = CardSchema.Validate(Broken(card => card["actions"]![0]!["verb"] = 42));

        Assert.Contains(errors, error => error.Contains("StringExpected at #/actions[0].verb", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_property_on_an_element_is_refused()
    {
        var errors = CardSchema.Validate(Broken(card => Body(card, 0)["onClick"] = "x"));

        Assert.Contains(errors, error => error.Contains("NoAdditionalPropertiesAllowed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_enum_value_is_refused()
    {
        var errors = CardSchema.Validate(Broken(card => Body(card, 3)["style"] = "purple"));

        Assert.Contains(errors, error => error.Contains("NotInEnumeration at #/body[3].style", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_teams_mention_entity_is_refused()
    {
        var errors = CardSchema.Validate(Broken(card => card["msteams"]!["entities"]![0]!["mentioned"]!.AsObject().Remove("id")));

        Assert.Contains(errors, error => error.Contains("PropertyRequired", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mention_tag_without_its_entity_is_refused()
    {
        var errors = CardSchema.Validate(Broken(card => card["msteams"]!.AsObject().Remove("entities")));

        Assert.Contains(errors, error => error.Contains("<at>Sam User</at> in the text has no msteams entity", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mention_entity_missing_from_the_text_is_refused()
    {
        var errors = CardSchema.Validate(Broken(card => Body(card, 1)["text"] = "Requester Sam User"));

        Assert.Contains(errors, error => error.Contains("appears in no text", StringComparison.Ordinal));
    }

    [Fact]
    public void An_escaped_mention_typed_by_a_user_is_not_a_mention()
    {
        var card = new AdaptiveCard { Body = [new TextBlock(CardText.Escape("<at>Sam User</at> approved this"))] };

        Assert.Empty(CardSchema.Validate(AdaptiveCardSerializer.ToElement(card)));
    }
}
