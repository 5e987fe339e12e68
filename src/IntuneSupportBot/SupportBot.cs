using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.Turns;
using IntuneSupportBot.Diagnostics;
using IntuneSupportBot.Intake;
using IntuneSupportBot.Localization;
using IntuneSupportBot.Tickets;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot;

/// <summary>What the bot does on each activity: the routing table of the whole product.</summary>
public sealed class SupportBot(
    IStringLocalizer<Messages> text,
    UserLanguage userLanguage,
    IntakeConversation intake,
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
        // Cleaned and masked first: nothing below sees a secret or invisible markup the user typed.
        var message = UserMessage.Read(turnContext.Activity);
        var command = Command.Parse(message.Text);
        switch (command)
        {
            case { Name: "echo" } when diagnostics.Value.Echo:
                await turnContext.SendActivityAsync(text["EchoReply", command.Argument], ct);
                break;
            case { Name: "language", Argument: var language } when SupportedLanguages.IsSupported(language.ToLowerInvariant()):
                await userLanguage.SetAsync(turnContext, language.ToLowerInvariant(), ct);
                Localizer.Use(language.ToLowerInvariant());
                await intake.LanguageChangedAsync(turnContext, ct);
                break;
            case var _ when command.IsBare("cancel"):
                await intake.CancelAsync(turnContext, ct);
                break;
            case var _ when command.IsBare("help"):
                await intake.HelpAsync(turnContext, ct);
                break;
            case var _ when command.IsBare("restart"):
                await intake.RestartAsync(turnContext, ct);
                break;
            case var _ when command.IsBare("status"):
                await intake.StatusAsync(turnContext, ct);
                break;
            default:
                await intake.ContinueAsync(turnContext, message, ct);
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
