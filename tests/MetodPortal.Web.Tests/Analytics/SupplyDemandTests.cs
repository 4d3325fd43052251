using System.Net;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Analytics;

/// <summary>The supply-and-demand page against counts written here in SQL, independently of the portal's queries, for Хабаровск's methodist.</summary>
public sealed class SupplyDemandTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Khv = "(SELECT id FROM municipalities WHERE code = 'KHV')";

    private static readonly Dictionary<string, string> Sql = new()
    {
        ["deficits"] = $"""
            SELECT x.competence_area_id AS "Area", count(DISTINCT x.educator_id)::int AS "Value"
            FROM diagnostic_deficits x JOIN diagnostics d ON d.id = x.diagnostic_id JOIN organizations o ON o.id = x.organization_id
            WHERE o.municipality_id = {Khv} AND d.date BETWEEN '2026-01-01' AND '2026-12-31'
              AND NOT EXISTS (SELECT 1 FROM diagnostics l WHERE l.educator_id = x.educator_id AND l.date > d.date AND l.date <= '2026-12-31'
                AND EXISTS (SELECT 1 FROM diagnostic_scores s WHERE s.diagnostic_id = l.id AND s.competence_area_id = x.competence_area_id)
                AND NOT EXISTS (SELECT 1 FROM diagnostic_deficits y WHERE y.diagnostic_id = l.id AND y.competence_area_id = x.competence_area_id))
            GROUP BY 1
            """,
        ["requested"] = $"""
            SELECT r.competence_area_id AS "Area", sum(r.people)::int AS "Value" FROM program_requests r JOIN organizations o ON o.id = r.organization_id
            WHERE o.municipality_id = {Khv} AND r.filed_on BETWEEN '2026-01-01' AND '2026-12-31' AND r.status <> 'Declined' GROUP BY 1
            """,
        ["seats"] = $"""
            SELECT a.id AS "Area", sum(c.seats)::int AS "Value" FROM program_cohorts c JOIN professional_programs p ON p.id = c.program_id
            JOIN competence_areas a ON a.id = ANY (p.competence_area_ids)
            WHERE c.starts_on BETWEEN '2026-01-01' AND '2026-12-31' AND (c.is_online OR c.municipality_id IS NULL OR c.municipality_id = {Khv}) GROUP BY 1
            """,
        ["events"] = $"""
            SELECT a.id AS "Area", count(*)::int AS "Value" FROM methodical_events e JOIN competence_areas a ON a.id = ANY (e.competence_area_ids)
            WHERE e.starts_on BETWEEN '2026-01-01' AND '2026-12-31' AND (e.municipality_id IS NULL OR e.municipality_id = {Khv}) GROUP BY 1
            """,
        ["communities"] = $"""
            SELECT a.id AS "Area", count(*)::int AS "Value" FROM communities c JOIN competence_areas a ON a.id = ANY (c.competence_area_ids)
            WHERE c.active_from <= '2026-12-31' AND (c.active_to IS NULL OR c.active_to >= '2026-01-01')
              AND (c.municipality_id IS NULL OR c.municipality_id = {Khv})
              AND (c.organization_id IN (SELECT id FROM organizations WHERE municipality_id = {Khv})
                OR EXISTS (SELECT 1 FROM community_memberships m JOIN organizations o ON o.id = m.organization_id
                           WHERE m.community_id = c.id AND o.municipality_id = {Khv}))
            GROUP BY 1
            """,
        ["mentors"] = $"""
            SELECT a.id AS "Area", sum(greatest(0, m.max_pairs - (SELECT count(*) FROM mentoring_pairs p WHERE p.mentor_id = m.educator_id
                AND p.status = 'Active')))::int AS "Value"
            FROM mentors m JOIN organizations o ON o.id = m.organization_id JOIN competence_areas a ON a.id = ANY (m.competence_area_ids)
            WHERE o.municipality_id = {Khv} GROUP BY 1
            """,
    };

    private sealed record Count(int Area, int Value);

    [Fact]
    public async Task Every_figure_equals_an_independent_sql_count_for_the_methodists_municipality()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var page = await methodist.GetPageAsync("/analytics/supply-demand?year=2026");
        await using var db = factory.Db();
        var rows = page.QuerySelectorAll("#supply-demand tbody tr").ToList();
        Assert.Equal(await db.CompetenceAreas.CountAsync(), rows.Count);

        foreach (var (column, sql) in Sql)
        {
            var expected = (await db.Database.SqlQueryRaw<Count>(sql).ToListAsync()).ToDictionary(c => c.Area, c => c.Value);
            var shown = rows.ToDictionary(r => int.Parse(r.GetAttribute("data-area")!), r => int.Parse(r.QuerySelector("." + column)!.TextContent));
            Assert.True(shown.All(s => s.Value == expected.GetValueOrDefault(s.Key)),
                $"{column}: shown {string.Join(", ", shown)}; SQL {string.Join(", ", expected)}");
            Assert.True(column is "requested" or "communities" || shown.Values.Sum() > 0, $"{column}: nothing to compare in the demo data");
        }

        var flagged = rows.Where(r => r.ClassList.Contains("table-warning")).ToList();
        Assert.All(flagged, r => Assert.StartsWith("спрос превышает предложение", r.QuerySelector(".verdict")!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_areas_people_are_those_counted_and_another_municipality_is_not_found()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var page = await methodist.GetPageAsync("/analytics/supply-demand?year=2026");
        var row = page.QuerySelectorAll("#supply-demand tbody tr").First(r => int.Parse(r.QuerySelector(".deficits")!.TextContent) > 0);
        var area = row.GetAttribute("data-area");

        var people = await methodist.GetPageAsync($"/analytics/supply-demand/areas/{area}?year=2026");

        Assert.Equal(int.Parse(row.QuerySelector(".deficits")!.TextContent), people.QuerySelectorAll("#people tbody tr").Length);
        var kms = (await factory.MunicipalityAsync("KMS")).Id;
        Assert.Equal(HttpStatusCode.NotFound, (await methodist.GetAsync($"/analytics/supply-demand?municipalityId={kms}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await methodist.GetAsync($"/analytics/supply-demand/areas/{area}?municipalityId={kms}")).StatusCode);
        var school = await factory.LoginAsync("school@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await school.GetAsync("/analytics/supply-demand")).StatusCode);
    }

    [Fact]
    public async Task The_excel_file_has_the_pages_rows()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var response = await methodist.GetAsync("/analytics/supply-demand/export?year=2026");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var csv = XlsxSheets.LibreOfficeCsv(bytes);
        var page = await methodist.GetPageAsync("/analytics/supply-demand?year=2026");

        Assert.Equal("Педагогов с дефицитом", csv[0][1]);
        var rows = page.QuerySelectorAll("#supply-demand tbody tr");
        Assert.Equal(rows.Select(r => (r.Children[0].TextContent.Trim(), r.QuerySelector(".deficits")!.TextContent)),
            csv.Skip(1).Select(r => (r[0], r[1])));
    }
}
