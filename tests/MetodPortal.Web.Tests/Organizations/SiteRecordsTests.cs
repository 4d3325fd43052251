using System.Net;
using MetodPortal.Domain.Organizations;
using MetodPortal.Reports.Excel;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations;

/// <summary>The registry of sites shows and exports what each gives; a site's card is read in scope.</summary>
public sealed class SiteRecordsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_registry_and_its_export_carry_each_sites_participants_results_and_last_report()
    {
        await using var db = factory.Db();
        var counts = await db.OrganizationStatuses.Select(s => new
        {
            s.Theme, Participants = db.SiteParticipants.Count(p => p.SiteId == s.Id), Results = db.SiteResults.Count(r => r.SiteId == s.Id),
            Year = db.SiteReports.Where(r => r.SiteId == s.Id).Max(r => (int?)r.Year),
        }).ToListAsync();
        using var ministry = await factory.LoginAsync("ministry@demo.local");

        var rows = XlsxReader.ReadFirstSheet(await (await ministry.GetAsync("/sites/export")).Content.ReadAsStreamAsync(), 100);

        Assert.Equal(counts.Count, rows.Count - 1);
        foreach (var site in counts)
        {
            var row = rows.Single(r => r.Cells[4] == site.Theme).Cells;
            Assert.Equal((site.Participants.ToString(), site.Results.ToString()), (row[9], row[10]));
            Assert.StartsWith(site.Year is { } y ? $"{y}: " : "—", row[11], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_sites_card_lists_its_participants_for_the_region_and_another_municipality_does_not_find_it()
    {
        var site = await SeededSites.SiteAsync(factory, "KMS", OrganizationStatusLevel.Regional);
        await using var db = factory.Db();
        var names = await db.SiteParticipants.Where(p => p.SiteId == site.Id).Select(p => p.Name).ToListAsync();
        using var khv = await factory.LoginAsync("coordinator@demo.local");
        using var cnppm = await factory.LoginAsync("cnppm@demo.local");

        var card = await cnppm.GetPageAsync($"/sites/{site.Id}");

        Assert.Equal(names.Order(), card.QuerySelectorAll("#participants tbody tr").Select(r => r.Children[0].TextContent).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await khv.GetAsync($"/sites/{site.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await khv.GetAsync($"/sites/{site.Id}/export")).StatusCode);
        var report = new SiteReport
        {
            RegionId = site.RegionId, OrganizationId = site.OrganizationId, SiteId = site.Id, Year = 2026, Done = "Стажировки", Results = "Пособие",
            SubmittedOn = new DateOnly(2026, 12, 1),
        };
        db.SiteReports.Add(report);
        await db.SaveChangesAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await khv.PostAsync($"/sites/{site.Id}/reports/{report.Id}/return", ("comment", "чужой"))).StatusCode);
        Assert.Equal(SiteReportStatus.Submitted, (await db.SiteReports.AsNoTracking().SingleAsync(r => r.Id == report.Id)).Status);

        var sheets = XlsxSheets.Read(await (await cnppm.GetAsync($"/sites/{site.Id}/export")).Content.ReadAsByteArrayAsync());
        var results = await db.SiteResults.Where(r => r.SiteId == site.Id).Select(r => r.Title).ToListAsync();
        Assert.Equal(names.Order(), sheets["Участники"].Skip(1).Select(r => r[0]).Order());
        Assert.Equal(results.Order(), sheets["Результаты"].Skip(1).Select(r => r[0]).Order());
    }
}
