using System.Text.RegularExpressions;
using IntuneSupportBot.Tests.Hosting;
using Microsoft.Playwright;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>
/// The whole job in the playground, in headless Chromium against the real app and nothing else: a requester
/// reports a problem in Web Chat, tier 1 claims and escalates the ticket from its card, tier 2 gets it, and the
/// requester's card follows. Every wait is for something on the page.
/// </summary>
public sealed partial class SupportJobInTheBrowserTests
{
    [Fact]
    public async Task A_Korean_report_is_claimed_and_escalated_from_its_card_and_every_pane_follows_live_and_an_English_report_is_filed_too()
    {
        await using var host = await TestBotHost.StartAsync();
        await using var browser = await PlaygroundBrowser.LaunchAsync();
        var page = await browser.OpenAsync(host.BaseAddress);
        var chat = new WebChatPane(page);
        var tier1 = new ChannelPane(page, DemoTenant.Tier1Channel);
        var tier2 = new ChannelPane(page, DemoTenant.Tier2Channel);
        await tier1.ActAsAsync(DemoTenant.JordanKim);
        Assert.Equal(DemoTenant.MinjunKim, await page.Locator("#requester").InputValueAsync());
        await chat.BotActivities.First.WaitForAsync();

        // 김민준 reports in Korean; the directory's failed enrollment of his Galaxy is offered, the rest is asked.
        await chat.SayAsync("회사 포털에서 등록이 안 돼요");
        await chat.WaitForBotTextAsync(new Regex("Galaxy S24 기기의 등록 실패 기록이 있어요"));
        await chat.PickAsync("네");
        await chat.PickAsync("오류가 안 보여요");
        await chat.PickAsync("저만 그래요");
        await chat.WaitForBotTextAsync(new Regex("등록 문제 요약"));
        await chat.PressAsync("네, 맞아요");
        var filed = await chat.WaitForBotTextAsync(new Regex($"티켓 번호는 {TicketNumber()}"));
        var ticketId = TicketNumber().Match(filed).Value;
        Assert.Contains("1차 지원팀", filed, StringComparison.Ordinal);
        var requesterCard = chat.BotActivities.Filter(new() { HasText = $"지원 요청 {ticketId}" });
        await Expect(requesterCard.GetByText("접수되었습니다. 곧 지원팀이 확인합니다.")).ToBeVisibleAsync();

        // Tier 1: the card arrives live; its refresh gives Jordan Kim his own buttons.
        await Expect(tier1.Card(ticketId)).ToContainTextAsync("not claimed yet");
        await tier1.Button(ticketId, "Claim").ClickAsync();
        await Expect(tier1.Card(ticketId)).ToContainTextAsync("assigned to Jordan Kim");
        await Expect(requesterCard).ToContainTextAsync("지원팀의 Jordan Kim 님이 처리하고 있습니다.");

        await tier1.Button(ticketId, "Escalate").ClickAsync();
        await tier1.Card(ticketId).GetByLabel("What was checked").FillAsync("Company Portal cache cleared; the account is licensed");
        await tier1.Card(ticketId).GetByLabel("What was found").FillAsync("Work profile creation stops with no error on the Galaxy S24");
        await tier1.Button(ticketId, "Escalate to tier 2").ClickAsync();

        // Tier 2 gets its copy (Priya Nair, its first agent, gets her buttons); tier 1's copy says where it went.
        await Expect(tier2.Card(ticketId)).ToContainTextAsync("Escalated");
        await Expect(tier2.Button(ticketId, "Claim")).ToBeVisibleAsync();
        await Expect(tier2.Card(ticketId)).ToContainTextAsync("Work profile creation stops with no error");
        await Expect(tier1.Card(ticketId)).ToContainTextAsync("This ticket is now with tier 2.");
        await Expect(tier1.Button(ticketId, "Claim")).ToHaveCountAsync(0);
        // The feed re-emits an updated activity under its id; Web Chat 4.18 replaces the one it showed, in place.
        await Expect(requesterCard).ToContainTextAsync("더 자세한 확인을 위해 상위 지원팀에 전달되었습니다.");
        await Expect(requesterCard).ToHaveCountAsync(1);
        await Expect(requesterCard.GetByText("접수되었습니다. 곧 지원팀이 확인합니다.")).ToHaveCountAsync(0);
        await tier1.Element.Locator(".threads").EvaluateAsync("threads => threads.scrollTop = 0");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = PlaygroundBrowser.ScreenshotPath("playground-chat.png") });
        // The card with Priya's buttons is taller than the page: a taller window shows the pane's header and all of it.
        await page.SetViewportSizeAsync(1280, 1600);
        var pane = (await tier2.Element.BoundingBoxAsync())!;
        var card = (await tier2.Card(ticketId).BoundingBoxAsync())!;
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = PlaygroundBrowser.ScreenshotPath("playground-ticket-card.png"),
            Clip = new Clip { X = pane.X, Y = pane.Y, Width = pane.Width, Height = card.Y + card.Height + 8 - pane.Y },
        });
        await page.SetViewportSizeAsync(1280, 800);

        // Dana Park reports in English with everything in one message; the directory's record of her failed
        // enrollment is confirmed, and the known issue routes the ticket to tier 2.
        await page.Locator("#requester").SelectOptionAsync(DemoTenant.DanaPark);
        // The Korean transcript stays until Dana's chat replaces it; her English greeting says it has.
        await chat.WaitForBotTextAsync(new Regex("Hi, I.m the Intune support bot"));
        await chat.SayAsync("Autopilot on my Windows laptop fails with 0x801c03ea TPM attestation, only me");
        await chat.WaitForBotTextAsync(new Regex("I see an enrollment failure on your"));
        await chat.PickAsync("Yes");
        await chat.WaitForBotTextAsync(new Regex("Autopilot \\(new PC setup\\)"));
        await chat.PressAsync("Yes, that's right");
        var english = TicketNumber().Match(await chat.WaitForBotTextAsync(new Regex($"Your ticket is {TicketNumber()}"))).Value;
        Assert.NotEqual(ticketId, english);
        await Expect(tier2.Card(english)).ToContainTextAsync("not claimed yet");
        Assert.Equal(0, await page.GetByText("Send failed").CountAsync());
    }

    [GeneratedRegex(@"INT-\d{4,}")]
    private static partial Regex TicketNumber();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
