using Microsoft.Playwright;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>
/// Debian's headless Chromium driven by Playwright, with a fresh profile per test. Playwright never downloads a
/// browser here: the executable is the system one, and a machine without it fails the test with the fix.
/// </summary>
public sealed class PlaygroundBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] LaunchArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowserContext context;
    private readonly string profile;

    private PlaygroundBrowser(IPlaywright playwright, IBrowserContext context, string profile)
    {
        this.playwright = playwright;
        this.context = context;
        this.profile = profile;
    }

    public static async Task<PlaygroundBrowser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"The browser tests need Debian's Chromium at {ChromiumPath}: run `apt-get update && apt-get install -y chromium` (CI installs it).");
        }
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // A turn runs the real bot, its outbox and the page's polling; five seconds is too tight on a busy machine.
        Assertions.SetDefaultExpectTimeout(20_000);
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("playground-chromium-").FullName;
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = LaunchArgs,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-US",
        });
        return new PlaygroundBrowser(playwright, context, profile);
    }

    /// <summary>Opens the playground and waits until the page says it is ready (identities, panes and chat up).</summary>
    public async Task<IPage> OpenAsync(Uri host)
    {
        var page = context.Pages.FirstOrDefault() ?? await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(host.AbsoluteUri);
        await page.Locator("body[data-ready=true]").WaitForAsync();
        return page;
    }

    public static string ScreenshotPath(string name) => Path.Combine(AppContext.BaseDirectory, name);

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        playwright.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be releasing its profile; the temp folder is cleaned eventually.
        }
    }
}
