using IntuneSupportBot.BotFramework.Connector;

namespace IntuneSupportBot.BotFramework.Tests.Connector;

public sealed class ConnectorErrorParserTests
{
    [Theory]
    [InlineData("""{"error":{"code":"BadSyntax","message":"Activity is required"}}""", "BadSyntax", "Activity is required")]
    [InlineData("""{"error":{"code":"Throttled","message":"Too many requests","innerHttpError":{"statusCode":429}}}""", "Throttled", "Too many requests")]
    [InlineData("""{"errorCode":209,"message":"{\"errorCode\":209,\"subCode\":\"ConversationBlockedByUser\"}"}""", "ConversationBlockedByUser", """{"errorCode":209,"subCode":"ConversationBlockedByUser"}""")]
    [InlineData("""{"errorCode":209,"message":"blocked"}""", "209", "blocked")]
    [InlineData("""{"message":"Authorization has been denied for this request."}""", null, "Authorization has been denied for this request.")]
    [InlineData("Service Unavailable", null, "Service Unavailable")]
    [InlineData("[1,2]", null, "[1,2]")]
    [InlineData("", null, null)]
    public void Known_error_shapes_yield_code_and_message(string body, string? code, string? message) =>
        Assert.Equal((code, message), ConnectorErrorParser.Parse(body));

    [Fact]
    public void A_huge_error_page_is_cut_short() =>
        Assert.Equal(512, ConnectorErrorParser.Parse(new string('x', 10_000)).Message?.Length);
}
