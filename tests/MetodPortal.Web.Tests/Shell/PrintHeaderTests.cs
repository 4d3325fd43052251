using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Shell;

/// <summary>The printed page's «напечатано» line gives the region's date, as the PDF reports do, not the server's.</summary>
public sealed class PrintHeaderTests
{
    [Fact]
    public async Task Late_in_the_UTC_evening_the_print_line_already_gives_Khabarovsks_next_day()
    {
        // The last 23:00 UTC before now: 09:00 of the next day in Khabarovsk (UTC+10); in the past, so sessions stay valid.
        var now = DateTimeOffset.UtcNow;
        var evening = new DateTimeOffset(now.Date.AddHours(23), TimeSpan.Zero);
        evening = evening > now ? evening.AddDays(-1) : evening;
        await using var factory = new PortalFactory { Clock = new StoppedClock(evening) };
        await factory.InitializeAsync();
        using var client = await factory.LoginAsync("coordinator@demo.local");

        var page = await client.GetPageAsync("/organizations");

        var khabarovsk = evening.AddHours(10).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"напечатано {khabarovsk}", page.QuerySelector(".print-header")!.TextContent, StringComparison.Ordinal);
    }
}
