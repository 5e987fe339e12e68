using System.Text.Json;
using IntuneSupportBot.BotFramework.AdaptiveCards;

namespace IntuneSupportBot.BotFramework.Tests.AdaptiveCards;

public sealed class ElementSerializationTests
{
    private static JsonElement Write(CardElement element) =>
        AdaptiveCardSerializer.ToElement(new AdaptiveCard { Body = [element] }).GetProperty("body")[0];

    [Fact]
    public void A_card_writes_its_type_and_version_and_omits_what_is_unset()
    {
        var json = AdaptiveCardSerializer.ToJson(new AdaptiveCard { Body = [new TextBlock("hi")] });

        Assert.Equal("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"hi","wrap":true}]}""", json);
    }

    [Fact]
    public void A_text_block_wraps_by_default_and_writes_its_styles_in_schema_spelling()
    {
        var block = Write(new TextBlock("t")
        {
            Weight = FontWeight.Bolder, Size = FontSize.ExtraLarge, Color = TextColor.Attention, IsSubtle = true,
            Spacing = Spacing.None, Separator = true, MaxLines = 3,
        });

        Assert.Equal("""{"type":"TextBlock","text":"t","wrap":true,"weight":"bolder","size":"extraLarge","color":"attention","isSubtle":true,"maxLines":3,"spacing":"none","separator":true}""", block.GetRawText());
        Assert.False(Write(new TextBlock("t") { Wrap = false }).GetProperty("wrap").GetBoolean());
    }

    [Fact]
    public void A_rich_text_block_writes_typed_runs()
    {
        var block = Write(new RichTextBlock([new TextRun("a") { Italic = true, Weight = FontWeight.Lighter }]));

        Assert.Equal("""{"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"a","weight":"lighter","italic":true}]}""", block.GetRawText());
    }

    [Fact]
    public void A_container_writes_its_items_style_and_bleed()
    {
        var container = Write(new Container([new TextBlock("x")]) { Style = ContainerStyle.Emphasis, Bleed = true });

        Assert.Equal("Container", container.GetProperty("type").GetString());
        Assert.Equal("emphasis", container.GetProperty("style").GetString());
        Assert.True(container.GetProperty("bleed").GetBoolean());
        Assert.Equal("TextBlock", container.GetProperty("items")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Column_widths_are_keywords_weights_or_pixels()
    {
        var set = Write(new ColumnSet(
        [
            new Column([]) { Width = ColumnWidth.Auto },
            new Column([]) { Width = ColumnWidth.Stretch },
            new Column([]) { Width = ColumnWidth.Weighted(3) },
            new Column([]) { Width = ColumnWidth.Pixels(80) },
            new Column([]),
        ]));

        var columns = set.GetProperty("columns");
        Assert.Equal("ColumnSet", set.GetProperty("type").GetString());
        Assert.Equal("Column", columns[0].GetProperty("type").GetString());
        Assert.Equal("\"auto\"", columns[0].GetProperty("width").GetRawText());
        Assert.Equal("\"stretch\"", columns[1].GetProperty("width").GetRawText());
        Assert.Equal("3", columns[2].GetProperty("width").GetRawText());
        Assert.Equal("\"80px\"", columns[3].GetProperty("width").GetRawText());
        Assert.False(columns[4].TryGetProperty("width", out _));
    }

    [Fact]
    public void Weights_and_pixels_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Weighted(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Pixels(-1));
    }

    [Fact]
    public void A_fact_set_writes_title_value_pairs()
    {
        var facts = Write(new FactSet([new Fact("Platform", "iOS")]));

        Assert.Equal("""{"type":"FactSet","facts":[{"title":"Platform","value":"iOS"}]}""", facts.GetRawText());
    }

    [Fact]
    public void An_image_writes_its_url_alt_text_and_size()
    {
        var image = Write(new Image(new Uri("https://example.com/a.png")) { AltText = "a", Size = ImageSize.Medium });

        Assert.Equal("""{"type":"Image","url":"https://example.com/a.png","altText":"a","size":"medium"}""", image.GetRawText());
    }

    [Fact]
    public void An_action_set_writes_its_actions_with_their_types()
    {
        var set = Write(new ActionSet([new ExecuteAction("v") { Title = "Go" }]));

        Assert.Equal("""{"type":"ActionSet","actions":[{"type":"Action.Execute","verb":"v","title":"Go"}]}""", set.GetRawText());
    }

    [Fact]
    public void A_text_input_writes_its_id_label_and_limits()
    {
        var input = Write(new InputText("note")
        {
            Label = "Note", Placeholder = "Add a note", IsMultiline = true, MaxLength = 500, IsRequired = true, ErrorMessage = "Required", Value = "x",
        });

        Assert.Equal("""{"type":"Input.Text","placeholder":"Add a note","isMultiline":true,"maxLength":500,"value":"x","id":"note","label":"Note","isRequired":true,"errorMessage":"Required"}""", input.GetRawText());
    }

    [Fact]
    public void A_choice_set_writes_its_choices_style_and_multi_select()
    {
        var input = Write(new InputChoiceSet("tier", [new InputChoice("Tier 2", "2")]) { Style = ChoiceInputStyle.Expanded, IsMultiSelect = false });

        Assert.Equal("Input.ChoiceSet", input.GetProperty("type").GetString());
        Assert.Equal("tier", input.GetProperty("id").GetString());
        Assert.Equal("expanded", input.GetProperty("style").GetString());
        Assert.False(input.GetProperty("isMultiSelect").GetBoolean());
        Assert.Equal("""[{"title":"Tier 2","value":"2"}]""", input.GetProperty("choices").GetRawText());
    }

    [Fact]
    public void A_toggle_writes_its_title_and_values()
    {
        var input = Write(new InputToggle("notify", "Notify") { ValueOn = "yes", ValueOff = "no" });

        Assert.Equal("""{"type":"Input.Toggle","title":"Notify","valueOn":"yes","valueOff":"no","id":"notify"}""", input.GetRawText());
    }

    [Fact]
    public void An_input_without_an_id_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new InputText(" "));
    }
}
