using MetodPortal.Testing;
using Microsoft.Playwright;

namespace MetodPortal.BrowserTests.Infrastructure;

/// <summary>
/// The portal as its own process on a free port over a demo-seeded database of its own, and Debian's Chromium
/// (headless, through Playwright; no browser download). One per test class.
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public PortalProcess Portal { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.Shared.CreateDatabaseAsync("browser");
        Portal = await PortalProcess.StartAsync(ConnectionString);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser window (its own cookies) at a laptop's size, in Russian, whose screenshots go to artifacts/screenshots/<paramref
    /// name="journey"/>.</summary>
    public async Task<Journey> StartAsync(string journey)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.Address.ToString(), Locale = "ru-RU", ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return new Journey(context, await context.NewPageAsync(), Path.Combine(Repository.Root, "artifacts", "screenshots", journey));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Portal is not null)
        {
            await Portal.DisposeAsync();
        }

        await PostgresServer.Shared.DropDatabaseAsync(ConnectionString);
    }
}
