using System.Net;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Routes.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Analytics;

/// <summary>«Что работает» against counts written here in SQL: a ДПП whose linked items six teachers completed before a repeat diagnostic,
/// and the comparison group of everyone with a deficit and a repeat diagnostic but no linked item before it.</summary>
public sealed class EffectTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Pair(int People, int Closed);

    private const string ProgramSql = """
        WITH found AS (SELECT x.educator_id e, x.competence_area_id a, min(d.date) found FROM diagnostic_deficits x
                       JOIN diagnostics d ON d.id = x.diagnostic_id GROUP BY 1, 2),
             item AS (SELECT i.educator_id e, i.competence_area_id a, coalesce(i.confirmed_on, i.reported_on, i.deadline) AS done_on FROM route_items i
                      JOIN program_cohorts c ON c.id = i.cohort_id WHERE c.program_id = {0} AND i.status = 'Done'),
             cases AS (SELECT f.e, f.a, (SELECT d.id FROM diagnostic_scores s JOIN diagnostics d ON d.id = s.diagnostic_id
                                         WHERE s.educator_id = f.e AND s.competence_area_id = f.a AND d.date > it.done_on ORDER BY d.date, d.id LIMIT 1) next
                       FROM found f JOIN item it ON it.e = f.e AND it.a = f.a AND it.done_on >= f.found)
        SELECT count(DISTINCT (e, a))::int AS "People",
               count(DISTINCT (e, a)) FILTER (WHERE NOT EXISTS (SELECT 1 FROM diagnostic_deficits y WHERE y.diagnostic_id = next
                                                                AND y.competence_area_id = cases.a))::int AS "Closed"
        FROM cases WHERE next IS NOT NULL
        """;

    private const string WithoutSql = """
        WITH found AS (SELECT x.educator_id e, x.competence_area_id a, min(d.date) found FROM diagnostic_deficits x
                       JOIN diagnostics d ON d.id = x.diagnostic_id GROUP BY 1, 2),
             n AS (SELECT f.*, (SELECT d.id FROM diagnostic_scores s JOIN diagnostics d ON d.id = s.diagnostic_id
                                WHERE s.educator_id = f.e AND s.competence_area_id = f.a AND d.date > f.found ORDER BY d.date, d.id LIMIT 1) nid
                   FROM found f)
        SELECT count(*)::int AS "People",
               count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM diagnostic_deficits y WHERE y.diagnostic_id = n.nid AND y.competence_area_id = n.a))::int
                   AS "Closed"
        FROM n JOIN diagnostics nd ON nd.id = n.nid
        WHERE NOT EXISTS (SELECT 1 FROM route_items i WHERE i.educator_id = n.e AND i.competence_area_id = n.a AND i.status = 'Done'
              AND (i.cohort_id IS NOT NULL OR i.event_id IS NOT NULL OR i.community_id IS NOT NULL OR i.site_id IS NOT NULL OR i.pair_id IS NOT NULL)
              AND coalesce(i.confirmed_on, i.reported_on, i.deadline) >= n.found AND coalesce(i.confirmed_on, i.reported_on, i.deadline) < nd.date)
        """;

    [Fact]
    public async Task A_programmes_group_and_the_comparison_equal_independent_sql_counts_and_a_small_group_is_hidden()
    {
        var area = await OfferArrange.AreaAsync(factory, "Финансовая грамотность");
        var program = await OfferArrange.ProgramAsync(factory, "Финансовая грамотность на уроках", area);
        var cohort = await OfferArrange.CohortAsync(factory, program, null);
        var small = await OfferArrange.ProgramAsync(factory, "Малая группа", area);
        var smallCohort = await OfferArrange.CohortAsync(factory, small, null);
        var staff = await factory.StaffOfAsync(Seeded.KhvGymnasium);
        for (var i = 0; i < 9; i++)
        {
            await ArrangeCaseAsync(staff[i].Id, area, i < 6 ? cohort : i < 8 ? smallCohort : null, closed: i % 3 != 0);
        }

        await using var db = factory.Db();
        var expected = (await db.Database.SqlQueryRaw<Pair>(ProgramSql, program).ToListAsync()).Single();
        var without = (await db.Database.SqlQueryRaw<Pair>(WithoutSql).ToListAsync()).Single();
        using var ministry = await factory.LoginAsync("ministry@demo.local");

        var page = await ministry.GetPageAsync("/analytics/effect");

        var row = page.QuerySelectorAll("#effect tr.offer").Single(r => r.TextContent.Contains("Финансовая грамотность на уроках", StringComparison.Ordinal));
        Assert.Equal(new Pair(6, 4), expected);
        Assert.Equal(expected, new Pair(int.Parse(row.QuerySelector(".people")!.TextContent), int.Parse(row.QuerySelector(".closed")!.TextContent)));
        Assert.Equal("66,7 %", row.QuerySelector(".share")!.TextContent);
        var comparison = page.QuerySelector("#without")!;
        Assert.True(without.People >= 5);
        Assert.Equal(without,
            new Pair(int.Parse(comparison.QuerySelector(".people")!.TextContent), int.Parse(comparison.QuerySelector(".closed")!.TextContent)));
        Assert.DoesNotContain("Малая группа", page.QuerySelector("#effect")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#hidden"));
        Assert.Contains("не контролируемое исследование", page.QuerySelector("#observation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_municipality_is_not_found_and_a_school_may_not_look()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var kms = (await factory.MunicipalityAsync("KMS")).Id;
        Assert.Equal(HttpStatusCode.NotFound, (await methodist.GetAsync($"/analytics/effect?municipalityId={kms}")).StatusCode);
        Assert.NotNull((await methodist.GetPageAsync("/analytics/effect")).QuerySelector("#effect"));
        using var school = await factory.LoginAsync("school@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await school.GetAsync("/analytics/effect")).StatusCode);
    }

    /// <summary>A deficit in <paramref name="area"/> on 12.01.2026; with a cohort, a done item linked to it confirmed on 01.03.2026; a repeat
    /// diagnostic on 15.05.2026 measuring the area, the deficit closed or not.</summary>
    private async Task ArrangeCaseAsync(int educatorId, int area, int? cohort, bool closed)
    {
        await using var db = factory.Db();
        var job = await db.Employments.Where(e => e.EducatorId == educatorId && e.EndDate == null).FirstAsync();
        var instrument = await db.DiagnosticInstruments.Select(i => i.Id).FirstAsync();
        Diagnostic Diagnose(DateOnly date, bool deficit)
        {
            var d = new Diagnostic
            {
                RegionId = job.RegionId, OrganizationId = job.OrganizationId, EducatorId = educatorId, InstrumentId = instrument, Date = date,
                ConductedBy = "тест", CreatedAt = DateTimeOffset.UtcNow,
            };
            d.Scores.Add(new DiagnosticScore { RegionId = job.RegionId, OrganizationId = job.OrganizationId, EducatorId = educatorId, CompetenceAreaId = area,
                Score = deficit ? 2 : 9 });
            if (deficit)
            {
                d.Deficits.Add(new DiagnosticDeficit { RegionId = job.RegionId, OrganizationId = job.OrganizationId, EducatorId = educatorId,
                    CompetenceAreaId = area });
            }

            db.Diagnostics.Add(d);
            return d;
        }

        Diagnose(new DateOnly(2026, 1, 12), deficit: true);
        Diagnose(new DateOnly(2026, 5, 15), deficit: !closed);
        if (cohort is { } c)
        {
            var route = new IndividualRoute
            {
                RegionId = job.RegionId, OrganizationId = job.OrganizationId, EducatorId = educatorId, Status = RouteStatus.InProgress,
                PeriodFrom = new DateOnly(2026, 1, 20), PeriodTo = new DateOnly(2026, 12, 31), CreatedAt = DateTimeOffset.UtcNow,
            };
            route.Add(new RouteItem
            {
                CompetenceAreaId = area, Goal = "Цель", Form = ActivityForm.Courses, Deadline = new DateOnly(2026, 3, 31), Status = RouteItemStatus.Done,
                CohortId = c, ReportedOn = new DateOnly(2026, 2, 27), ConfirmedOn = new DateOnly(2026, 3, 1),
            });
            db.Routes.Add(route);
        }

        await db.SaveChangesAsync();
    }
}
