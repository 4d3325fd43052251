using System.Globalization;
using MetodPortal.Testing;
using Microsoft.Playwright;

namespace MetodPortal.BrowserTests.Infrastructure;

/// <summary>One user's browser window through a journey: signing in, and screenshots of the pages worth looking at.</summary>
public sealed class Journey : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _screenshots;
    private int _shots;

    public Journey(IBrowserContext context, IPage page, string screenshots)
    {
        (_context, Page, _screenshots) = (context, page, screenshots);
        if (Directory.Exists(screenshots))
        {
            Directory.Delete(screenshots, recursive: true);
        }

        Directory.CreateDirectory(screenshots);
    }

    public IPage Page { get; }

    /// <summary>Signs in through the login form (as anyone else would) and waits for the home page.</summary>
    public async Task SignInAsync(string email, string password = "Demo-2026")
    {
        await Page.GotoAsync("/Account/Login");
        await Page.GetByLabel("Электронная почта").FillAsync(email);
        await Page.GetByLabel("Пароль").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>Signs out and in as someone else in the same window.</summary>
    public async Task SwitchToAsync(string email)
    {
        await _context.ClearCookiesAsync();
        await SignInAsync(email);
    }

    /// <summary>
    /// A full-page screenshot, numbered in the order taken: artifacts/screenshots/{journey}/NN-name.png. The page must
    /// fit the laptop's width: wide tables scroll inside their own box, the page itself never sideways; and pass axe-core's
    /// WCAG 2.1 AA rules with no serious or critical violation.
    /// </summary>
    public async Task ShotAsync(string name)
    {
        await Axe.AssertAccessibleAsync(Page, name);
        var (page, window) = (await Page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await Page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(page <= window, $"{name}: the page is {page} px wide in a {window} px window");
        var file = Path.Combine(_screenshots, $"{++_shots:00}-{name}.png".ToString(CultureInfo.InvariantCulture));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }

    /// <summary>The page as the browser prints it (A4, the print stylesheet), saved beside the screenshots as NN-name.pdf; returns its text.</summary>
    public async Task<string> PrintAsync(string name)
    {
        var file = Path.Combine(_screenshots, $"{++_shots:00}-{name}.pdf".ToString(CultureInfo.InvariantCulture));
        await Page.PdfAsync(new PagePdfOptions { Path = file, Format = "A4", PrintBackground = true });
        return PdfText.Of(await File.ReadAllBytesAsync(file));
    }

    /// <summary>Clicks what starts a download and returns the file's bytes and suggested name.</summary>
    public async Task<(byte[] Bytes, string Name)> DownloadAsync(ILocator link)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = Path.Combine(_screenshots, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return (await File.ReadAllBytesAsync(path), download.SuggestedFilename);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
