using System.Text.Json.Serialization;
using IntuneSupportBot.BotFramework.AdaptiveCards;

namespace IntuneSupportBot.BotFramework.Tests.AdaptiveCards;

public sealed record TicketRef(string TicketId);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TicketRef))]
[JsonSerializable(typeof(string))]
public sealed partial class TestCardDataContext : JsonSerializerContext;

/// <summary>A card using every element, action and Teams property of the model.</summary>
internal static class SampleCards
{
    public static Mention Requester { get; } = Mention.For("2b9d3c1e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "Sam User");

    public static AdaptiveCard Everything()
    {
        var ticket = CardData.From(new TicketRef("INT-1042"), TestCardDataContext.Default.TicketRef);
        var escalate = new ShowCardAction(new AdaptiveCard
        {
            Body = [new InputText("handoffNote") { Label = "What was checked", IsMultiline = true, MaxLength = 2000, IsRequired = true, ErrorMessage = "Required" }],
            Actions = [new ExecuteAction("ticket.escalate") { Title = "Escalate", Data = ticket }],
        })
        { Title = "Escalate…" };

        return new AdaptiveCard
        {
            Schema = AdaptiveCard.SchemaUrl,
            FallbackText = "Ticket INT-1042",
            Refresh = new CardRefresh(new ExecuteAction("ticket.view") { Data = ticket }, ["2b9d3c1e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"]),
            MsTeams = new TeamsCardProperties { Width = TeamsCardProperties.FullWidth, Entities = [Requester.Entity] },
            Body =
            [
                new TextBlock("INT-1042") { Weight = FontWeight.Bolder, Size = FontSize.Large, Color = TextColor.Accent, MaxLines = 2 },
                new TextBlock($"Requester {Requester.Text}: {CardText.Escape("**my** phone [won't](https://evil) enroll")}") { IsSubtle = true, Spacing = Spacing.Small, Separator = true },
                new RichTextBlock([new TextRun("Waiting on ") , new TextRun("Microsoft") { Weight = FontWeight.Bolder, Italic = true, Color = TextColor.Warning }]),
                new Container([new TextBlock("Escalated to tier 2")]) { Style = ContainerStyle.Attention, Bleed = true },
                new ColumnSet(
                [
                    new Column([new Image(new Uri("https://example.com/ios.png")) { AltText = "iOS", Size = ImageSize.Small }]) { Width = ColumnWidth.Auto },
                    new Column([new FactSet([new Fact("Platform", "iOS"), new Fact("Code", CardText.Escape("0x80180014"))])]) { Width = ColumnWidth.Stretch },
                    new Column([new TextBlock("2")]) { Width = ColumnWidth.Weighted(2), Style = ContainerStyle.Emphasis },
                    new Column([new TextBlock("px")]) { Width = ColumnWidth.Pixels(50) },
                ]),
                new InputChoiceSet("urgency", [new InputChoice("High", "high"), new InputChoice("Low", "low")]) { Label = "Urgency", Style = ChoiceInputStyle.Expanded, Value = "low" },
                new InputChoiceSet("tags", [new InputChoice("VPN", "vpn"), new InputChoice("MFA", "mfa")]) { IsMultiSelect = true, Style = ChoiceInputStyle.Compact, Placeholder = "Tags" },
                new InputToggle("notify", "Tell the requester") { Value = "true", ValueOn = "true", ValueOff = "false" },
                new InputText("note") { Placeholder = "Add a note", Value = "" },
                new ActionSet([new ExecuteAction("ticket.note") { Title = "Add note", Data = ticket, AssociatedInputs = AssociatedInputs.Auto }]),
            ],
            Actions =
            [
                new ExecuteAction("ticket.claim") { Title = "Claim", Data = ticket, AssociatedInputs = AssociatedInputs.None }.WithSubmitFallback(),
                escalate,
                new SubmitAction { Title = "Send", Data = ticket },
                new OpenUrlAction(new Uri("https://learn.microsoft.com/mem/intune/")) { Title = "Docs" },
            ],
        };
    }
}
