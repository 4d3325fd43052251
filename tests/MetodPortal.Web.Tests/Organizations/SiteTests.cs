using System.Net;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations;

public sealed class SiteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheRegistryFiltersByKindLevelAndYearAndExportsWhatItShows()
    {
        using var ministry = await factory.LoginAsync("ministry@demo.local");

        var regionalInternship = (await ministry.GetPageAsync("/sites?kind=InternshipSite&level=Regional")).QuerySelectorAll("#sites tbody tr");
        Assert.Single(regionalInternship);
        Assert.Contains("Лицей № 33", regionalInternship[0].TextContent, StringComparison.Ordinal);
        var in2024 = (await ministry.GetPageAsync("/sites?year=2024")).QuerySelectorAll("#sites tbody tr");
        Assert.Single(in2024);

        var export = await ministry.GetAsync("/sites/export?kind=InnovationSite");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = XlsxReader.ReadFirstSheet(await export.Content.ReadAsStreamAsync(), 100);
        Assert.Equal("Организация", rows[0].Cells[0]);
        await using var db = factory.Db();
        var expected = await db.OrganizationStatuses.CountAsync(s => s.Kind == Domain.Organizations.OrganizationStatusKind.InnovationSite);
        Assert.Equal(expected, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("Инновационная площадка", r.Cells[2]));
    }

    [Fact]
    public async Task ACoordinatorGrantsMunicipalStatusesOnlyAndInTheirMunicipality()
    {
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        (string, string)[] Site(string level) =>
            [("OrganizationId", school.Id.Id()), ("Kind", "InternshipSite"), ("Level", level), ("Theme", "Наставничество"), ("OrderNumber", "77"),
                ("OrderDate", "2026-10-01"), ("ValidFrom", "2026-10-01")];

        var regional = await coordinator.PostAsync("/sites/create", Site("Regional"));
        Assert.Equal(HttpStatusCode.OK, regional.StatusCode);
        Assert.Contains("Региональный статус присваивает регион", await regional.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostAsync("/sites/create", Site("Municipal"))).StatusCode);

        // The coordinator's list shows only their municipality.
        var list = (await coordinator.GetPageAsync("/sites")).QuerySelectorAll("#sites tbody tr").Select(r => r.TextContent).ToList();
        Assert.DoesNotContain(list, r => r.Contains("Лицей № 33", StringComparison.Ordinal));
        Assert.Contains(list, r => r.Contains("Наставничество", StringComparison.Ordinal));
    }
}
