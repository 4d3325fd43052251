using System.Globalization;
using System.Net;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Monitoring;

/// <summary>The region's table of territories on the dashboard and in the report: sorted by any column, territories without forms hidden on demand.</summary>
public sealed class DashboardOrderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> Demo2026Async()
    {
        await using var db = factory.Db();
        return await db.MonitoringCampaigns.Where(c => c.Year == 2026).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task The_territories_sort_by_an_indicator_either_way_and_those_without_accepted_forms_can_be_hidden()
    {
        var id = await Demo2026Async();
        using var ministry = await factory.LoginAsync("ministry@demo.local");

        var all = await ministry.GetPageAsync($"/monitoring/{id}/dashboard?source=Declared");
        var rows = all.QuerySelectorAll("#indicators tbody tr").ToList();
        var withoutForms = rows.Count(r => r.TextContent.Contains("нет принятых форм", StringComparison.Ordinal));
        Assert.True(withoutForms > 0 && withoutForms < rows.Count, $"{withoutForms} of {rows.Count} territories have no accepted form in the demo");
        var names = rows.Select(r => r.GetAttribute("data-name")!).ToList();
        Assert.Equal(names.Order(StringComparer.Create(CultureInfo.GetCultureInfo("ru-RU"), true)), names);

        var sorted = await ministry.GetPageAsync($"/monitoring/{id}/dashboard?source=Declared&sort=1&desc=true&withFigures=true");
        var kept = sorted.QuerySelectorAll("#indicators tbody tr").ToList();
        Assert.Equal(rows.Count - withoutForms, kept.Count);
        var firstShares = kept.Select(r => r.QuerySelector("td.share")!)
            .Select(td => Share(td.GetAttribute("data-part"), td.GetAttribute("data-whole"))).ToList();
        Assert.Equal(firstShares.OrderDescending(), firstShares);
        Assert.Equal("descending", sorted.QuerySelectorAll("#indicators thead th")[1].GetAttribute("aria-sort"));
        // The heading of the sorted column turns the order round.
        Assert.Contains("sort=1&desc=false", sorted.QuerySelectorAll("#indicators thead th a")[1].GetAttribute("href"), StringComparison.Ordinal);

        // The report's table of municipalities follows the same order.
        var response = await ministry.GetAsync($"/reports/monitoring/2026.xlsx?sort=1&desc=true&withFigures=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = XlsxSheets.Read(await response.Content.ReadAsByteArrayAsync())["Муниципалитеты"];
        Assert.Equal(kept.Select(r => r.GetAttribute("data-name")), sheet.Skip(1).Select(r => r[0]).Take(kept.Count));
        Assert.DoesNotContain(sheet.Skip(1 + kept.Count), r => names.Contains(r[0]!));
    }

    [Fact]
    public async Task Each_indicator_shows_how_it_is_counted_and_its_trend_over_the_earlier_campaigns()
    {
        var id = await Demo2026Async();
        using var ministry = await factory.LoginAsync("ministry@demo.local");

        var page = await ministry.GetPageAsync($"/monitoring/{id}/dashboard?source=Registry");
        foreach (var p in Indicators.Passports)
        {
            var row = page.QuerySelector($"#total tr[data-indicator='{p.Number}']")!;
            var definition = row.QuerySelector("details.indicator-definition")!;
            Assert.Contains(p.Numerator, definition.TextContent, StringComparison.Ordinal);
            Assert.Contains(p.Denominator, definition.TextContent, StringComparison.Ordinal);
            var trend = row.QuerySelector(".trend")!.TextContent;
            Assert.Matches(@"Динамика: 2025 — ([\d,]+ %|—), 2026 — ([\d,]+ %|—)", trend);
        }
    }

    /// <summary>A cell's share; one with nobody counted sorts last, as the page puts it.</summary>
    private static decimal Share(string? part, string? whole) => int.Parse(whole!, CultureInfo.InvariantCulture) is var w and > 0
        ? decimal.Parse(part!, CultureInfo.InvariantCulture) / w : -1;
}
