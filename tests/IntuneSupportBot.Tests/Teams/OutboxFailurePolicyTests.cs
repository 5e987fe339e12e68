using System.Net;
using IntuneSupportBot.BotFramework.Connector;
using IntuneSupportBot.Teams;
using Polly.Timeout;

namespace IntuneSupportBot.Tests.Teams;

public sealed class OutboxFailurePolicyTests
{
    public static TheoryData<string, bool, OutboxVerdict> Cases => new()
    {
        { "429 Throttled", true, OutboxVerdict.Retry },
        { "412 PreconditionFailed", true, OutboxVerdict.Retry },
        { "503 ServiceError", true, OutboxVerdict.Retry },
        { "500 ServiceError", true, OutboxVerdict.Uncertain },
        { "500 ServiceError", false, OutboxVerdict.Retry },
        { "502 ServiceError", true, OutboxVerdict.Uncertain },
        { "504 ServiceError", false, OutboxVerdict.Retry },
        { "400 BadSyntax", true, OutboxVerdict.Fail },
        { "403 BotNotInConversationRoster", true, OutboxVerdict.Fail },
        { "403 ConversationBlockedByUser", false, OutboxVerdict.Fail },
        { "404 ActivityNotFoundInConversation", false, OutboxVerdict.Fail },
        { "413 MessageSizeTooBig", true, OutboxVerdict.Fail },
        { "connection refused", true, OutboxVerdict.Retry },
        { "connection lost mid-response", true, OutboxVerdict.Uncertain },
        { "connection lost mid-response", false, OutboxVerdict.Retry },
        { "timeout", true, OutboxVerdict.Uncertain },
        { "timeout", false, OutboxVerdict.Retry },
        { "bad stored message", true, OutboxVerdict.Fail },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_failed_send_is_retried_failed_or_flagged_uncertain_by_what_it_may_have_done(string failure, bool isPost, OutboxVerdict expected)
    {
        Exception error = failure switch
        {
            "connection refused" => new HttpRequestException(HttpRequestError.ConnectionError, "refused"),
            "connection lost mid-response" => new HttpRequestException(HttpRequestError.ResponseEnded, "ended"),
            "timeout" => new TimeoutRejectedException(),
            "bad stored message" => new InvalidOperationException("The outbox message lacks its target."),
            _ => new ConnectorException("op", (HttpStatusCode)int.Parse(failure[..3], System.Globalization.CultureInfo.InvariantCulture), failure[4..], null, null),
        };

        Assert.Equal(expected, OutboxFailurePolicy.Classify(error, isPost));
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(4, 16)]
    [InlineData(9, 300)]
    [InlineData(60, 300)]
    public void Backoff_doubles_per_attempt_up_to_the_cap(int attempts, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), OutboxFailurePolicy.Backoff(attempts, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5)));
}
