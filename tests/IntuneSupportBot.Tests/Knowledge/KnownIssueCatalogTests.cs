using System.Text;
using System.Text.Json.Nodes;
using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Tests.Knowledge;

public sealed class KnownIssueCatalogTests
{
    [Fact]
    public void The_test_catalog_loads_with_every_field_in_both_languages()
    {
        var catalog = TestCatalog.Load();

        Assert.Equal(14, catalog.Issues.Count);
        var redeploy = catalog.Find("win-autopilot-redeploy-80180014");
        Assert.NotNull(redeploy);
        Assert.Equal(DevicePlatform.Windows, redeploy.Platform);
        Assert.Equal(EnrollmentMethod.Autopilot, redeploy.Method);
        Assert.Equal(["0x80180014"], redeploy.Codes);
        Assert.Equal(WhoCanFix.Helpdesk, redeploy.WhoCanFix);
        Assert.Equal(2, redeploy.SuggestedTier);
        Assert.StartsWith("Autopilot 재배포", redeploy.Title.Ko, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_for_korean_is_korean_and_every_other_language_falls_back_to_english()
    {
        var title = new LocalizedText("Device clock is wrong", "기기 시간이 맞지 않음");
        var steps = new LocalizedList(["Set the time"], ["시간을 맞추세요"]);

        Assert.Equal("기기 시간이 맞지 않음", title.For("ko-KR"));
        Assert.Equal("Device clock is wrong", title.For("en-US"));
        Assert.Equal("Device clock is wrong", title.For("ja"));
        Assert.Equal(["시간을 맞추세요"], steps.For("ko"));
        Assert.Equal(["Set the time"], steps.For("fr-FR"));
    }

    [Theory]
    [InlineData("codes", "[\"80180014\"]", "'win-autopilot-redeploy-80180014' (entry 4) has the code '80180014'")]
    [InlineData("codes", "[\"0X80180014\"]", "'win-autopilot-redeploy-80180014' (entry 4) has the code '0X80180014'")]
    [InlineData("platform", "\"windows-phone\"", "'win-autopilot-redeploy-80180014' (entry 4) has an unknown platform 'windows-phone'")]
    [InlineData("method", "\"unknown\"", "'win-autopilot-redeploy-80180014' (entry 4) has an unknown method 'unknown'")]
    [InlineData("whoCanFix", "\"Helpdesk\"", "'win-autopilot-redeploy-80180014' (entry 4) has an unknown whoCanFix 'Helpdesk'")]
    [InlineData("suggestedTier", "5", "'win-autopilot-redeploy-80180014' (entry 4) has suggestedTier 5")]
    [InlineData("title", "{\"en\":\"Redeploy refused\"}", "'win-autopilot-redeploy-80180014' (entry 4) needs title in both \"en\" and \"ko\"")]
    [InlineData("steps", "{\"en\":[\"Reset\"],\"ko\":[]}", "'win-autopilot-redeploy-80180014' (entry 4) needs steps in both \"en\" and \"ko\"")]
    [InlineData("keywords", "{\"en\":[\"redeploy\"],\"ko\":[\" \"]}", "'win-autopilot-redeploy-80180014' (entry 4) has an empty text in keywords")]
    [InlineData("id", "\"Win Redeploy\"", "Known issue 'Win Redeploy' (entry 4) needs an id")]
    public void A_bad_entry_is_refused_with_its_id_and_the_field_at_fault(string field, string badValue, string expected)
    {
        var file = JsonNode.Parse(File.ReadAllText(TestCatalog.Path))!;
        file["issues"]![4]![field] = JsonNode.Parse(badValue);

        var error = Assert.Throws<KnownIssueCatalogException>(() => Load(file.ToJsonString()));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_id_is_refused()
    {
        var file = JsonNode.Parse(File.ReadAllText(TestCatalog.Path))!;
        file["issues"]![5]!["id"] = "win-autopilot-redeploy-80180014";

        var error = Assert.Throws<KnownIssueCatalogException>(() => Load(file.ToJsonString()));

        Assert.Equal("Known issue 'win-autopilot-redeploy-80180014' (entry 5) appears twice.", error.Message);
    }

    [Theory]
    [InlineData("{\"version\":1,\"issues\":[]}", "has no \"issues\"")]
    [InlineData("{\"version\":1,\"issues\":[{\"id\":\"x\",", "is not valid JSON")]
    [InlineData("[]", "is not valid JSON")]
    public void An_empty_or_broken_file_is_refused(string json, string expected)
    {
        var error = Assert.Throws<KnownIssueCatalogException>(() => Load(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_io_error_naming_the_path()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"no-such-catalog-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<FileNotFoundException>(() => KnownIssueCatalog.LoadFile(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    private static KnownIssueCatalog Load(string json) => KnownIssueCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
