using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.Turns;
using IntuneSupportBot.Localization;
using Microsoft.Extensions.Localization;

namespace IntuneSupportBot.Hosting;

/// <summary>
/// The one place a failed turn ends: the exception is logged with the turn's scope, and the user gets a
/// polite answer in their language (a message, or an error body for a card action).
/// </summary>
public sealed partial class TurnErrorHandler(IStringLocalizer<Messages> text, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(TurnContext turnContext, Exception exception, CancellationToken ct)
    {
        LogTurnFailed(logger, exception, turnContext.Activity.Type);
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            turnContext.InvokeResponse = new InvokeResponse(200, new AdaptiveCardInvokeResponse(500,
                AdaptiveCardInvokeResponse.ErrorType, new ErrorDetail("InternalError", text["CardActionFailed"])));
            return;
        }
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return;
        }
        try
        {
            await turnContext.SendActivityAsync(text["TurnError"], ct);
        }
        catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
        {
            LogApologyFailed(logger, sendFailure);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A {ActivityType} turn failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType);

    [LoggerMessage(Level = LogLevel.Error, Message = "The apology for a failed turn could not be sent either")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception);
}
