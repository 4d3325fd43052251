using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Reports.Excel;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Exports;

/// <summary>
/// Every list goes to Excel with its filter and order: the export holds as many rows as the page says there are, its first rows are the
/// page's rows in the page's order, the filter narrows both, and reading people's lists is logged.
/// </summary>
public sealed partial class ListExportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Diagnostics_export_the_filtered_list_with_the_page_order()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        await AssertExportIsThePageAsync(methodist, "/diagnostics", "?withDeficits=true&sort=name", "/diagnostics/export", "Диагностики",
            page => LinkedIds(page, "/diagnostics/"), row => row[7]);
    }

    [Fact]
    public async Task Routes_export_the_filtered_list_and_every_item_of_those_routes()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var sheets = await AssertExportIsThePageAsync(methodist, "/routes", "?status=InProgress", "/routes/export", "ИОМ",
            page => LinkedIds(page, "/routes/"), row => row[0]);

        await using var db = factory.Db();
        var routes = sheets["ИОМ"].Skip(1).Select(r => int.Parse(r[0]!, CultureInfo.InvariantCulture)).ToList();
        var items = await db.RouteItems.CountAsync(i => routes.Contains(i.RouteId));
        Assert.Equal(items, sheets["Пункты"].Count - 1);
        Assert.All(sheets["Пункты"].Skip(1), r => Assert.Contains(int.Parse(r[0]!, CultureInfo.InvariantCulture), routes));
    }

    [Fact]
    public async Task Mentoring_programmes_export_with_their_pairs_and_the_pairs_list_exports_its_filter()
    {
        var khv = await factory.MunicipalityAsync("KHV");
        using var school = await factory.LoginAsync("ministry@demo.local");
        var sheets = await AssertExportIsThePageAsync(school, "/mentoring", $"?municipalityId={khv.Id}", "/mentoring/export", "Программы",
            page => LinkedIds(page, "/mentoring/"), row => row[9]);
        Assert.True(sheets["Пары"].Count > 1, "the programmes' pairs are on the second sheet");

        await AssertExportIsThePageAsync(school, "/mentoring/pairs", "?status=Active", "/mentoring/pairs/export", "Пары",
            page => page.QuerySelectorAll("table tbody tr td:first-child").Select(td => td.TextContent.Trim()), row => row[0]);
    }

    [Fact]
    public async Task Communities_and_events_export_with_their_members_and_participants()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var communities = await AssertExportIsThePageAsync(methodist, "/communities", "?level=Municipal", "/communities/export", "Сообщества",
            page => LinkedIds(page, "/communities/"), row => row[9]);
        Assert.True(communities["Участники"].Count > 1);

        var events = await AssertExportIsThePageAsync(methodist, "/events?past=true", "?past=true&level=Municipal", "/events/export", "Мероприятия",
            page => LinkedIds(page, "/events/"), row => row[12]);
        Assert.True(events["Участники"].Count > 1);
    }

    [Fact]
    public async Task Programmes_export_with_the_completions_the_user_reads()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var sheets = await AssertExportIsThePageAsync(methodist, "/programs", "?expertise=true", "/programs/export", "Программы ДПП",
            page => LinkedIds(page, "/programs/"), row => row[10]);
        Assert.True(sheets["Прохождения"].Count > 1);
    }

    [Fact]
    public async Task Monitoring_forms_export_declared_counts_beside_the_registry_and_recommendations_their_answers()
    {
        int campaign;
        await using (var db = factory.Db())
        {
            campaign = await db.MonitoringCampaigns.Where(c => c.Year == 2025).Select(c => c.Id).SingleAsync();
        }

        using var ministry = await factory.LoginAsync("ministry@demo.local");
        var forms = await AssertExportIsThePageAsync(ministry, $"/monitoring/{campaign}/forms", "?status=Accepted",
            $"/monitoring/{campaign}/forms/export", null, page => page.QuerySelectorAll("table tbody tr td:first-child").Select(td => td.TextContent.Trim()),
            row => row[0]);
        var header = forms.Values.Single()[0];
        Assert.Contains(header, h => h == $"{IndicatorCounts.FormFields[0].Label} — в форме");
        Assert.Contains(header, h => h == $"{IndicatorCounts.FormFields[0].Label} — по реестру");

        await AssertExportIsThePageAsync(ministry, $"/monitoring/{campaign}/recommendations", "?status=New",
            $"/monitoring/{campaign}/recommendations/export", null, page => page.QuerySelectorAll(".recommendation-text").Select(t => t.TextContent.Trim()),
            row => row[6]);
    }

    [Fact]
    public async Task Route_statuses_export_the_table_of_the_page()
    {
        var khv = await factory.MunicipalityAsync("KHV");
        using var ministry = await factory.LoginAsync("ministry@demo.local");
        foreach (var query in new[] { "", $"?municipalityId={khv.Id}" })
        {
            var page = await ministry.GetPageAsync($"/routes/statuses{query}");
            var shown = page.QuerySelectorAll("table tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
            var export = await ministry.GetAsync($"/routes/statuses/export{query}");
            var rows = XlsxSheets.Read(await export.Content.ReadAsByteArrayAsync())["Статусы ИОМ"].Skip(1).ToList();
            Assert.NotEmpty(shown);
            Assert.Equal(shown.Select(r => r[0]), rows.Select(r => r[0]));
            Assert.Equal(shown.Select(r => r[^2]), rows.Select(r => r[^2]));
        }
    }

    [Fact]
    public async Task The_deficit_map_exports_the_table_of_the_page()
    {
        using var ministry = await factory.LoginAsync("ministry@demo.local");
        var page = await ministry.GetPageAsync("/diagnostics/map?year=2026");
        var shown = page.QuerySelectorAll("table tbody tr").Select(r => (r.Children[0].TextContent.Trim(), r.Children[1].TextContent.Trim())).ToList();
        var export = await ministry.GetAsync("/diagnostics/map/export?year=2026");
        var rows = XlsxSheets.Read(await export.Content.ReadAsByteArrayAsync())["Карта дефицитов"].Skip(1).Select(r => (r[0]!, r[1]!)).ToList();
        Assert.NotEmpty(shown);
        Assert.Equal(shown, rows);
    }

    [Fact]
    public async Task An_export_of_people_is_an_access_record_with_its_filter()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var response = await methodist.GetAsync("/diagnostics/export?year=2025");
        response.EnsureSuccessStatusCode();

        await using var db = factory.Db();
        var record = await db.AccessRecords.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal((AccessKind.ListExport, "/diagnostics/export?year=2025"), (record.Kind, record.Subject));
    }

    /// <summary>
    /// The page with the filter and the export with the same query: the export's row count is the page's «Всего», its first rows are the
    /// page's in order (compared by <paramref name="onPage"/> and <paramref name="inRow"/>), and the filter makes the list shorter.
    /// </summary>
    /// <param name="path">The page, with the query it is narrowed from (a tab) if any.</param>
    /// <param name="filter">The page's whole query string with the filter.</param>
    private static async Task<Dictionary<string, List<string?[]>>> AssertExportIsThePageAsync(PortalClient client, string path, string filter,
        string export, string? sheet, Func<IDocument, IEnumerable<string>> onPage, Func<string?[], string?> inRow)
    {
        var page = await client.GetPageAsync(path.Split('?')[0] + filter);
        var total = Total(page);
        var shown = onPage(page).ToList();
        Assert.True(total > 0 && shown.Count > 0, $"{path}{filter} shows nothing to compare");
        Assert.True(Total(await client.GetPageAsync(path)) > total, $"{filter} does not narrow {path}");

        var response = await client.GetAsync(export + filter);
        response.EnsureSuccessStatusCode();
        Assert.Equal(XlsxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        var sheets = XlsxSheets.Read(await response.Content.ReadAsByteArrayAsync());
        var rows = sheets[sheet ?? sheets.Keys.First()].Skip(1).ToList();
        Assert.Equal(total, rows.Count);
        Assert.Equal(shown, rows.Take(shown.Count).Select(r => inRow(r)?.Trim()));
        return sheets;
    }

    private static int Total(IDocument page) => int.Parse(TotalLine().Match(page.Body!.TextContent).Groups[1].Value, CultureInfo.InvariantCulture);

    private static IEnumerable<string> LinkedIds(IDocument page, string prefix) => page.QuerySelectorAll("main a[href]")
        .Select(a => a.GetAttribute("href")!)
        .Where(href => href.StartsWith(prefix, StringComparison.Ordinal) && href[prefix.Length..].All(char.IsAsciiDigit) && href.Length > prefix.Length)
        .Select(href => href[prefix.Length..]).Distinct();

    [GeneratedRegex(@"Всего:\s*(\d+)")]
    private static partial Regex TotalLine();
}
