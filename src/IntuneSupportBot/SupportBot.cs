using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.Turns;
using IntuneSupportBot.Diagnostics;
using IntuneSupportBot.Localization;
using IntuneSupportBot.Tickets;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot;

/// <summary>What the bot does on each activity: the routing table of the whole product.</summary>
public sealed class SupportBot(
    IStringLocalizer<Messages> text,
    UserLanguage userLanguage,
    AgentCardActions agentActions,
    RequesterCardActions requesterActions,
    IOptions<DiagnosticsOptions> diagnostics) : ActivityHandler
{
    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(TurnContext turnContext, AdaptiveCardInvokeValue value, CancellationToken ct) =>
        agentActions.HandleAsync(turnContext, value, ct);

    protected override async Task OnMessageActivityAsync(TurnContext turnContext, CancellationToken ct)
    {
        if (RequesterCardActions.Handles(turnContext.Activity.Value))
        {
            await requesterActions.HandleAsync(turnContext, ct);
            return;
        }
        var message = turnContext.Activity.Text?.Trim() ?? "";
        switch (Command.Parse(message))
        {
            case { Name: "echo" } echo when diagnostics.Value.Echo:
                await turnContext.SendActivityAsync(text["EchoReply", echo.Argument], ct);
                break;
            case { Name: "language", Argument: var language } when SupportedLanguages.IsSupported(language):
                await userLanguage.SetAsync(turnContext, language, ct);
                Localizer.Use(language);
                await turnContext.SendActivityAsync(text["Welcome"], ct);
                break;
            case { Name: "help" }:
                await turnContext.SendActivityAsync(text["Help"], ct);
                break;
            default:
                await turnContext.SendActivityAsync(text["Welcome"], ct);
                break;
        }
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, bool botAdded, TurnContext turnContext, CancellationToken ct)
    {
        if (botAdded && turnContext.Activity.Conversation?.ConversationType is null or "personal")
        {
            await turnContext.SendActivityAsync(text["Welcome"], ct);
        }
    }
}
