using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IntuneSupportBot.Tests.Cards;

/// <summary>Every card label exists in English and Korean with the same placeholders.</summary>
public sealed partial class TicketCardsResourceTests
{
    private static Dictionary<string, string> Read(string file)
    {
        var path = Path.Combine(Deployment.RepositoryPaths.Root, "src", "IntuneSupportBot", "Localization", file);
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(data => data.Attribute("name")!.Value, data => data.Element("value")!.Value);
    }

    [Fact]
    public void English_and_Korean_have_the_same_labels_with_the_same_placeholders()
    {
        var english = Read("TicketCards.resx");
        var korean = Read("TicketCards.ko.resx");

        Assert.Equal(english.Keys.Order(), korean.Keys.Order());
        foreach (var (name, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(value), name);
            Assert.False(string.IsNullOrWhiteSpace(korean[name]), name);
            Assert.Equal(Placeholders(value), Placeholders(korean[name]));
        }
    }

    [Fact]
    public void Labels_hold_no_markdown_or_tags_that_would_change_the_card()
    {
        foreach (var value in Read("TicketCards.resx").Values.Concat(Read("TicketCards.ko.resx").Values))
        {
            Assert.DoesNotMatch(@"[*_\[\]<>`~\\]", value);
        }
    }

    private static IEnumerable<string> Placeholders(string value) => Placeholder().Matches(value).Select(match => match.Value).Distinct().Order();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
