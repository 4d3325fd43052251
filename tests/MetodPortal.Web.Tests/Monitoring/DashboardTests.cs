using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Testing;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Monitoring;

/// <summary>The dashboard shows the engine's figures — from the registry and from the accepted forms — at every level, within the user's scope.</summary>
public sealed class DashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<MonitoringCampaign> Demo2026Async()
    {
        await using var db = factory.Db();
        return await db.MonitoringCampaigns.AsNoTracking().SingleAsync(c => c.Year == 2026);
    }

    /// <summary>The (part, whole) pairs of the indicator cells in a table row.</summary>
    private static List<(int, int)> Cells(IElement row) =>
        [.. row.QuerySelectorAll("td.share").Select(td => (Int(td.GetAttribute("data-part")), Int(td.GetAttribute("data-whole"))))];

    private static List<(int, int)> Expected(IndicatorCounts counts) => [.. counts.Shares().Select(s => (s.Part, s.Whole))];

    private static int Int(string? text) => int.Parse(text!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheRegistryFiguresOnTheDashboardAreTheEnginesForTheRegionEachMunicipalityAndAnOrganization()
    {
        var campaign = await Demo2026Async();
        List<IndicatorRow> engine;
        Dictionary<string, int> municipalities;
        await using (var db = factory.Db())
        {
            engine = await RegistryIndicators.ComputeAsync(db, campaign.RegionId, campaign.Year, campaign.ReportingDate, default);
            municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Name, m => m.Id);
        }

        using var ministry = await factory.LoginAsync("ministry@demo.local");
        var page = await ministry.GetPageAsync($"/monitoring/{campaign.Id}/dashboard?source=Registry");
        var region = engine.Single(r => r.Level == IndicatorLevel.Region).Counts;
        Assert.Equal(Expected(region), [.. page.QuerySelectorAll("#total tbody tr").Select(r => Cells(r).Single())]);
        Assert.Equal(Expected(region),
            [.. page.QuerySelectorAll("#indicator-chart g.bar").Select(g => (Int(g.GetAttribute("data-part")), Int(g.GetAttribute("data-whole"))))]);

        var rows = page.QuerySelectorAll("#indicators tbody tr").Where(r => municipalities.ContainsKey(r.GetAttribute("data-name")!)).ToList();
        Assert.True(rows.Count(r => Cells(r).Count > 0) >= 2);
        foreach (var row in rows)
        {
            var id = municipalities[row.GetAttribute("data-name")!];
            // A municipality without counting organizations has no figures at all.
            var counts = engine.SingleOrDefault(r => r.Level == IndicatorLevel.Municipality && r.Id == id)?.Counts;
            Assert.Equal(counts is null ? [] : Expected(counts), Cells(row));
        }

        // Drill down: the municipality's page lists its organizations with their figures.
        var khv = await factory.MunicipalityAsync("KHV");
        var municipal = await ministry.GetPageAsync($"/monitoring/{campaign.Id}/dashboard?source=Registry&municipalityId={khv.Id}");
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var schoolRow = municipal.QuerySelectorAll("#indicators tbody tr").Single(r => r.GetAttribute("data-name") == (school.ShortName ?? school.Name));
        Assert.Equal(Expected(engine.Single(r => r.Level == IndicatorLevel.Organization && r.Id == school.Id).Counts), Cells(schoolRow));
        Assert.Equal(Expected(engine.Single(r => r.Level == IndicatorLevel.Municipality && r.Id == khv.Id).Counts),
            [.. municipal.QuerySelectorAll("#total tbody tr").Select(r => Cells(r).Single())]);
    }

    [Fact]
    public async Task TheFormFiguresAreTheSumsOfTheAcceptedFormsAndAreColouredAgainstTheThresholds()
    {
        var campaign = await Demo2026Async();
        IndicatorCounts accepted;
        await using (var db = factory.Db())
        {
            var forms = await db.MonitoringForms.Where(f => f.CampaignId == campaign.Id
                && f.Status == FormStatus.Accepted).Select(f => f.Declared).ToListAsync();
            Assert.NotEmpty(forms);
            accepted = IndicatorCounts.Sum(forms);
        }

        using var ministry = await factory.LoginAsync("ministry@demo.local");
        var page = await ministry.GetPageAsync($"/monitoring/{campaign.Id}/dashboard");
        var cells = page.QuerySelectorAll("#total tbody tr td.share").ToList();
        Assert.Equal(Expected(accepted), [.. cells.Select(td => (Int(td.GetAttribute("data-part")), Int(td.GetAttribute("data-whole"))))]);
        var shares = accepted.Shares();
        for (var i = 0; i < Indicators.Count; i++)
        {
            var meets = shares[i].Meets(campaign.Thresholds[i]);
            Assert.True(cells[i].ClassList.Contains(meets ? "table-success" : "table-danger"), $"indicator {i + 1}");
        }

        // The progress shows the demo's mix of statuses, the same counts as the forms.
        await using (var db = factory.Db())
        {
            Assert.Equal(await db.MonitoringForms.CountAsync(f => f.CampaignId == campaign.Id && f.Status == FormStatus.NotStarted),
                Int(page.QuerySelector("#total-not-started")!.TextContent));
            Assert.Equal(await db.MonitoringForms.CountAsync(f => f.CampaignId == campaign.Id && f.Status == FormStatus.Accepted),
                Int(page.QuerySelector("#total-accepted")!.TextContent));
        }
    }

    [Fact]
    public async Task ACoordinatorSeesOnlyTheirMunicipalityAndTheNamedPeopleBehindACountAreAsManyAsTheCount()
    {
        var campaign = await Demo2026Async();
        var khv = await factory.MunicipalityAsync("KHV");
        var kms = await factory.MunicipalityAsync("KMS");
        var kmsSchool = await factory.OrganizationAsync(Seeded.KmsSchool);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");

        var start = await coordinator.GetAsync($"/monitoring/{campaign.Id}/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Contains($"municipalityId={khv.Id}", start.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/monitoring/{campaign.Id}/dashboard?municipalityId={kms.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/monitoring/{campaign.Id}/dashboard?organizationId={kmsSchool.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await coordinator.GetAsync($"/monitoring/{campaign.Id}/people?indicator=1&organizationId={kmsSchool.Id}")).StatusCode);

        IndicatorCounts counts;
        await using (var db = factory.Db())
        {
            counts = (await RegistryIndicators.ComputeAsync(db, campaign.RegionId, campaign.Year, campaign.ReportingDate, default,
                school.Id)).Single(r => r.Level == IndicatorLevel.Organization).Counts;
        }

        var org = await coordinator.GetPageAsync($"/monitoring/{campaign.Id}/dashboard?source=Registry&organizationId={school.Id}");
        Assert.NotNull(org.QuerySelector("#total a.people-link"));
        // The people are paged; the export holds them all.
        foreach (var (query, count) in new[] { ($"indicator=1&organizationId={school.Id}", counts.Diagnosed),
            ($"indicator=4&denominator=true&organizationId={school.Id}", counts.Young) })
        {
            var people = await coordinator.GetPageAsync($"/monitoring/{campaign.Id}/people?{query}");
            Assert.Equal(Math.Min(count, IndicatorPeople.PageSize), people.QuerySelectorAll("#people tbody tr").Length);
            Assert.Contains($"Всего: {count}", people.Body!.TextContent, StringComparison.Ordinal);
            var export = await coordinator.GetAsync($"/monitoring/{campaign.Id}/people/export?{query}");
            Assert.Equal(count, XlsxSheets.Read(await export.Content.ReadAsByteArrayAsync()).Values.Single().Count - 1);
        }

        // A school starts at itself and sees only itself: another school's id is not found.
        using var school2 = await factory.LoginAsync("school2@demo.local");
        var own = await school2.GetAsync($"/monitoring/{campaign.Id}/dashboard");
        Assert.Contains($"organizationId={kmsSchool.Id}", own.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await school2.GetAsync($"/monitoring/{campaign.Id}/dashboard?organizationId={school.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await school2.GetAsync($"/monitoring/{campaign.Id}/people?indicator=1&organizationId={school.Id}")).StatusCode);
    }

    [Fact]
    public async Task TheIndicatorsAreNamedInTheWordsOfTheActWithTheMunicipalityWhereTheActNamesTheCity()
    {
        var campaign = await Demo2026Async();
        var khv = await factory.MunicipalityAsync("KHV");
        using var ministry = await factory.LoginAsync("ministry@demo.local");

        var region = await ministry.GetPageAsync($"/monitoring/{campaign.Id}/dashboard?source=Registry");
        var city = await ministry.GetPageAsync($"/monitoring/{campaign.Id}/dashboard?source=Registry&municipalityId={khv.Id}");

        string Name(IDocument page, int indicator) => page.QuerySelector($"#total tr[data-indicator='{indicator}'] .indicator-name")!.TextContent.Trim();
        Assert.Equal("Доля педагогических работников и управленческих кадров, прошедших диагностику профессиональных дефицитов", Name(region, 1));
        Assert.Equal("Доля педагогических работников и управленческих кадров города Хабаровска, прошедших диагностику профессиональных дефицитов",
            Name(city, 1));
        Assert.Equal("Доля педагогов, включенных в сетевые сообщества, от общего числа педагогов", Name(city, 9));

        var pdf = MetodPortal.Testing.PdfText.Of(await (await ministry.GetAsync($"/reports/monitoring/{campaign.Year}.pdf?municipalityId={khv.Id}"))
            .Content.ReadAsByteArrayAsync());
        Assert.Contains("управленческих кадров города Хабаровска, прошедших диагностику",
            string.Join(' ', pdf.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePassportPageGivesEachIndicatorsWordingCountsAndThreshold()
    {
        using var teacherless = await factory.LoginAsync("methodist@demo.local");
        var page = await teacherless.GetPageAsync("/monitoring/indicators");
        Assert.Equal(Indicators.Count, page.QuerySelectorAll(".passport").Length);
        Assert.Contains(Indicators.Passports[0].Wording, page.QuerySelector("#passport-1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("10 %", page.QuerySelector("#passport-2 .threshold")!.TextContent);
    }

    [Fact]
    public async Task BesideTheSumOfFormsATerritoryShowsTheRegistrysFigureThatCountsAPersonAtTwoSchoolsOnce()
    {
        var campaign = await Demo2026Async();
        var khv = await factory.MunicipalityAsync("KHV");
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        List<IndicatorRow> engine;
        await using (var db = factory.Db())
        {
            engine = await RegistryIndicators.ComputeAsync(db, campaign.RegionId, campaign.Year, campaign.ReportingDate, default);
        }

        static List<(int, int)> OnceCells(IDocument page) =>
            [.. page.QuerySelectorAll("#total tbody tr td.counted-once").Select(td => (Int(td.GetAttribute("data-part")), Int(td.GetAttribute("data-whole"))))];

        using var ministry = await factory.LoginAsync("ministry@demo.local");
        var region = await ministry.GetPageAsync($"/monitoring/{campaign.Id}/dashboard?source=Declared");
        Assert.Equal(Expected(engine.Single(r => r.Level == IndicatorLevel.Region).Counts), OnceCells(region));
        Assert.Contains("учтён в форме каждой из них", region.QuerySelector("#counted-once-note")!.TextContent, StringComparison.Ordinal);

        var municipal = await ministry.GetPageAsync($"/monitoring/{campaign.Id}/dashboard?source=Declared&municipalityId={khv.Id}");
        Assert.Equal(Expected(engine.Single(r => r.Level == IndicatorLevel.Municipality && r.Id == khv.Id).Counts), OnceCells(municipal));

        // One organization's form counts each of its people once: nothing to compare; and the registry tab is the registry.
        Assert.Empty(OnceCells(await ministry.GetPageAsync($"/monitoring/{campaign.Id}/dashboard?source=Declared&organizationId={school.Id}")));
        Assert.Empty(OnceCells(await ministry.GetPageAsync($"/monitoring/{campaign.Id}/dashboard?source=Registry")));

        // The passport says how the forms add up.
        var passports = await ministry.GetPageAsync("/monitoring/indicators");
        Assert.Equal(Indicators.DeclaredSum, passports.QuerySelector("#declared-sum")!.TextContent);
    }
}
