using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>
/// The playground's Web Chat as a person uses it: type into the send box, press a suggested action or a card
/// button, read the transcript. Web Chat also copies each activity into a screen-reader live region, so every
/// look-up stays inside the visible transcript.
/// </summary>
public sealed class WebChatPane(IPage page)
{
    private ILocator Transcript => page.Locator(".webchat__basic-transcript__activity");

    /// <summary>The bot's activities in the transcript, oldest first.</summary>
    public ILocator BotActivities => page.Locator(".webchat__basic-transcript__activity:has(.webchat__bubble:not(.webchat__bubble--from-user))");

    /// <summary>Sends a typed message and waits until the bot has answered it with at least one more activity.</summary>
    public async Task SayAsync(string text)
    {
        var before = await BotActivities.CountAsync();
        var sendBox = page.Locator("[data-id=webchat-sendbox-input]");
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        await page.Locator(".webchat__bubble--from-user").GetByText(text, new() { Exact = true }).Last.WaitForAsync();
        await BotActivities.Nth(before).WaitForAsync();
    }

    /// <summary>Presses one of the suggested actions under the bot's last message (they post the title as the user's text).</summary>
    public async Task PickAsync(string suggestion)
    {
        var before = await BotActivities.CountAsync();
        await page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = suggestion, Exact = true }).ClickAsync();
        await BotActivities.Nth(before).WaitForAsync();
    }

    /// <summary>Presses a button of the newest card that has it (an Action.Submit arrives at the bot as a message with a value).</summary>
    public async Task PressAsync(string button)
    {
        var before = await BotActivities.CountAsync();
        await Transcript.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).Last.ClickAsync();
        await BotActivities.Nth(before).WaitForAsync();
    }

    /// <summary>Waits for a bot activity whose text matches and returns that text.</summary>
    public async Task<string> WaitForBotTextAsync(Regex pattern)
    {
        var activity = BotActivities.Filter(new() { HasTextRegex = pattern }).Last;
        await activity.WaitForAsync();
        return await activity.InnerTextAsync();
    }
}
