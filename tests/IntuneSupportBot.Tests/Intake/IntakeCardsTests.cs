using System.Text.Json;
using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Cards;
using IntuneSupportBot.Intake;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Localization;
using IntuneSupportBot.Testing;
using IntuneSupportBot.Tests.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace IntuneSupportBot.Tests.Intake;

/// <summary>The intake's cards: valid Adaptive Card 1.5, small enough, and user text shown as typed, never as markup.</summary>
public sealed class IntakeCardsTests
{
    private static readonly IStringLocalizer<Messages> Text = new ServiceCollection().AddLogging().AddLocalization()
        .BuildServiceProvider().GetRequiredService<IStringLocalizer<Messages>>();

    private static readonly KnownIssueCatalog Catalog = TestCatalog.Load();

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void The_summary_card_is_valid_and_escapes_what_the_user_typed(string language)
    {
        Localizer.Use(language);
        var state = new IntakeState
        {
            Report = ReportExtractor.Extract("Windows laptop, Autopilot, 0x80180014 \"**Access denied** <at>CEO</at> [x](https://evil.example)\"", language) with
            {
                StartedWhen = "# since Monday _morning_",
                Device = "<script>alert(1)</script>",
            },
            Requester = new RequesterSnapshot("a:1", "29:1", null, null, [], null),
            Attachments = [new KeptAttachment("shot*1*.png", "https://files.example/shot.png", "image/png")],
        };

        var card = IntakeSummaryCard.Build(state, Catalog.Issues[0], new IntakeChoices(Text), Text, language);
        var json = AdaptiveCardSerializer.ToJson(card);

        Assert.Empty(CardSchema.Validate(AdaptiveCardSerializer.ToElement(card)));
        Assert.True(AdaptiveCardSerializer.Write(card).FitsChannelPost);
        var facts = card.Body.OfType<FactSet>().Single().Facts.ToDictionary(fact => fact.Title, fact => fact.Value);
        Assert.Equal(@"\<script\>alert(1)\</script\>", facts[Text["FieldDevice"]]);
        Assert.Equal(@"\# since Monday \_morning\_", facts[Text["FieldStartedWhen"]]);
        Assert.Contains(@"\*\*Access denied\*\*", facts[Text["FieldError"]], StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", facts[Text["FieldError"]], StringComparison.Ordinal);
        Assert.Equal(@"shot\*1\*.png", facts[Text["FieldScreenshots"]]);
        Assert.Contains("\"intake\":\"confirm\"", json, StringComparison.Ordinal);
        Assert.Contains("\"field\":\"started\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_card_offers_every_correction_with_at_most_six_actions_in_any_set_as_Teams_and_Web_Chat_allow()
    {
        Localizer.Use("en");
        var state = new IntakeState
        {
            Report = ReportExtractor.Extract("Windows laptop, Autopilot, 0x80180014", "en"),
            Requester = new RequesterSnapshot("a:1", "29:1", null, null, [], null),
        };

        var card = AdaptiveCardSerializer.ToElement(IntakeSummaryCard.Build(state, null, new IntakeChoices(Text), Text, "en"));

        var sets = ActionLists(card).ToList();
        Assert.All(sets, set => Assert.InRange(set.GetArrayLength(), 1, 6));
        var fields = sets.SelectMany(set => set.EnumerateArray())
            .Where(action => action.TryGetProperty("data", out var data) && data.TryGetProperty("field", out _))
            .Select(action => action.GetProperty("data").GetProperty("field").GetString());
        Assert.Equal(["platform", "method", "error", "scope", "started", "device", "screenshots"], fields);
    }

    private static IEnumerable<JsonElement> ActionLists(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in node.EnumerateObject())
            {
                if (property.NameEquals("actions") && property.Value.ValueKind == JsonValueKind.Array)
                {
                    yield return property.Value;
                }
                foreach (var inner in ActionLists(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var inner in node.EnumerateArray().SelectMany(ActionLists))
            {
                yield return inner;
            }
        }
    }

    [Fact]
    public void Every_self_serviceable_known_issue_makes_a_valid_self_help_card_in_both_languages()
    {
        foreach (var issue in Catalog.Issues.Where(issue => issue.SelfServiceable))
        {
            foreach (var language in new[] { "en", "ko" })
            {
                Localizer.Use(language);
                var card = SelfHelpCard.Build(issue, Text, language);

                Assert.Empty(CardSchema.Validate(AdaptiveCardSerializer.ToElement(card)));
                Assert.True(AdaptiveCardSerializer.Write(card).FitsChannelPost, issue.Id);
                var texts = card.Body.OfType<TextBlock>().Select(block => block.Text).ToList();
                Assert.Contains(language == "ko" ? "해결 방법" : "What to do", texts);
                Assert.Equal(issue.Steps.For(language).Count, texts.Count(text => char.IsAsciiDigit(text[0])));
            }
        }
    }
}
