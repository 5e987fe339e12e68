using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Tests.Hosting;
using Microsoft.Playwright;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>The playground page in headless Chromium against the real app: Web Chat, the channel panes, the cards.</summary>
public sealed class PlaygroundBrowserTests
{
    private const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user)";
    private const string UserBubbles = ".webchat__bubble--from-user";

    [Fact]
    public async Task A_requester_types_in_English_and_Korean_in_Web_Chat_and_the_bot_answers_each_message()
    {
        await using var host = await TestBotHost.StartAsync();
        await using var browser = await PlaygroundBrowser.LaunchAsync();
        var page = await browser.OpenAsync(host.BaseAddress);
        var sendBox = page.Locator("[data-id=webchat-sendbox-input]");
        await page.Locator(BotBubbles).First.WaitForAsync();
        var greeted = await page.Locator(BotBubbles).CountAsync();

        await SayAsync(page, sendBox, "help", expectedBotBubbles: greeted + 1);
        await SayAsync(page, sendBox, "회사 폰을 등록하려는데 오류가 나요", expectedBotBubbles: greeted + 2);

        Assert.Equal(["help", "회사 폰을 등록하려는데 오류가 나요"], await page.Locator(UserBubbles).AllInnerTextsAsync());
        Assert.Matches("[가-힣]", await page.Locator(BotBubbles).Last.InnerTextAsync());
        Assert.Equal(0, await page.GetByText("Send failed").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = PlaygroundBrowser.ScreenshotPath("playground-chat-english-and-korean.png") });
    }

    [Fact]
    public async Task A_card_the_bot_posts_in_a_tier_channel_shows_live_updates_and_its_button_sends_the_agents_invoke()
    {
        var recorder = new TurnRecorder
        {
            AnsweredVerb = "ticket.claim",
            InvokeAnswer = new InvokeResponse(200, new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.CardType,
                PlaygroundCards.Card("TCK-0007 claimed by you").Attachments![0].Content)),
        };
        await using var host = await TestBotHost.StartAsync(services: recorder.Register);
        await using var browser = await PlaygroundBrowser.LaunchAsync();
        var page = await browser.OpenAsync(host.BaseAddress);
        var tier1 = page.Locator($"[data-channel-id='{DemoTenant.Tier1Channel}']");
        await tier1.Locator("select.agent-picker").SelectOptionAsync(DemoTenant.JordanKim);
        var (connector, serviceUrl) = ConnectorRoutesTests.Connector(host);

        var created = await connector.CreateConversationAsync(serviceUrl, PlaygroundCards.NewThread(DemoTenant.Tier1Channel, PlaygroundCards.Card("TCK-0007 새 티켓")), CancellationToken.None);
        await tier1.GetByText("TCK-0007 새 티켓").WaitForAsync();
        await connector.UpdateActivityAsync(serviceUrl, created.Id, created.ActivityId!, PlaygroundCards.Card("TCK-0007 waiting for tier 1"), CancellationToken.None);
        await tier1.GetByText("TCK-0007 waiting for tier 1").WaitForAsync();
        await tier1.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        await tier1.GetByText("TCK-0007 claimed by you").WaitForAsync();

        var invoke = Assert.Single(recorder.Received, activity => activity.Type == ActivityTypes.Invoke);
        Assert.Equal(("29:" + DemoTenant.JordanKim, created.Id, created.ActivityId), (invoke.From!.Id, invoke.Conversation!.Id, invoke.ReplyToId));
        Assert.Equal("TCK-0001", invoke.Value!.Value.GetProperty("action").GetProperty("data").GetProperty("ticketId").GetString());
        Assert.Equal(0, await tier1.GetByText("TCK-0007 새 티켓").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = PlaygroundBrowser.ScreenshotPath("playground-card-update.png") });
    }

    [Fact]
    public async Task A_requester_presses_a_card_button_in_Web_Chat_and_the_bot_gets_its_value_as_a_message()
    {
        var recorder = new TurnRecorder();
        await using var host = await TestBotHost.StartAsync(services: recorder.Register);
        await using var browser = await PlaygroundBrowser.LaunchAsync();
        var page = await browser.OpenAsync(host.BaseAddress);
        var (connector, serviceUrl) = ConnectorRoutesTests.Connector(host);
        var chat = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            Members = [new ChannelAccount { Id = "29:" + DemoTenant.MinjunKim }],
        }, CancellationToken.None);

        await connector.SendToConversationAsync(serviceUrl, chat.Id, PlaygroundCards.SubmitCard("TCK-0001 해결되었나요?", "예, 해결됐어요"), CancellationToken.None);
        // Web Chat also renders each card into a screen-reader live region; the button to press is the transcript's.
        await page.Locator(".webchat__basic-transcript__activity").GetByRole(AriaRole.Button, new() { Name = "예, 해결됐어요" }).ClickAsync();

        await WaitForAsync(() => recorder.Received.Any(activity => activity.Value is not null));
        var submit = Assert.Single(recorder.Received, activity => activity.Value is not null);
        Assert.Equal((chat.Id, "29:" + DemoTenant.MinjunKim), (submit.Conversation!.Id, submit.From!.Id));
        Assert.Equal("requester.confirm", submit.Value!.Value.GetProperty("verb").GetString());
        Assert.True(submit.ChannelData!.Value.GetProperty("postBack").GetBoolean());
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(100);
        }
    }

    private static async Task SayAsync(IPage page, ILocator sendBox, string text, int expectedBotBubbles)
    {
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        await page.Locator(UserBubbles).GetByText(text).WaitForAsync();
        await page.Locator(BotBubbles).Nth(expectedBotBubbles - 1).WaitForAsync();
    }
}
