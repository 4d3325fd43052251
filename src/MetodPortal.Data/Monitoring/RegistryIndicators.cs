using MetodPortal.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Monitoring;

public enum IndicatorLevel
{
    Organization = 1,
    Municipality = 2,
    Region = 3,
}

/// <summary>The counts of one organization, municipality or the region (<see cref="Id"/> null for the region).</summary>
public sealed record IndicatorRow(IndicatorLevel Level, int? Id, IndicatorCounts Counts);

/// <summary>
/// The nine indicators' counts computed from the registry in one set-based query, for every organization that counts
/// in indicators inside the user's scope, every municipality and the region. A person is one educator wherever they
/// work: at the municipal and regional level they are counted once (COUNT DISTINCT over the territory), at an
/// organization wherever they are employed on the reporting date. "In the year" means dated inside the calendar year;
/// age and years in the profession are taken on the reporting date (docs/indicators.md).
/// </summary>
public static class RegistryIndicators
{
    /// <summary>
    /// Each person counted at each organization they work at, with the facts about them for the year, and which of
    /// their places counts them for their municipality and for the whole scope (a person is counted once there).
    /// Every table is read for the region only, so a region's cost does not grow with the other tenants; for one
    /// organization (the form's registry column, asked three times per form at the deadline) only for its people.
    /// </summary>
    private const string Facts = """
        -- The region's organizations, posts and people, each read once by its region and materialized. Joined as tables,
        -- two region-filtered ones were estimated as if the region and the join key were unrelated: in a database of
        -- twenty regions some twenty times too few rows at each join, and a plan made for them (docs/performance.md).
        -- Joined as these sets, the estimates are the same whatever the other tenants hold.
        WITH scope_orgs AS MATERIALIZED (
            SELECT o.id, o.municipality_id
            FROM organizations o
            WHERE o.region_id = {0} AND o.counts_in_indicators AND ({1}::text IS NULL OR o.path LIKE {1}::text || '%')
              AND ({5}::int IS NULL OR o.id = {5}::int)
        ),
        posts AS MATERIALIZED (
            SELECT e.organization_id, e.educator_id
            FROM employments e
            WHERE e.region_id = {0} AND ({5}::int IS NULL OR e.organization_id = {5}::int)
              AND (e.start_date IS NULL OR e.start_date <= {4}) AND (e.end_date IS NULL OR e.end_date >= {4})
        ),
        people AS MATERIALIZED (
            SELECT p.id, p.birth_date, p.profession_start_date, p.is_head
            FROM educators p
            WHERE p.region_id = {0} AND ({5}::int IS NULL OR p.id IN (SELECT educator_id FROM posts))
        ),
        -- Not materialized: for the whole scope the "only its people" filters below fold away and it is read once, for
        -- one organization it is a few index reads each time.
        placed AS NOT MATERIALIZED (
            SELECT p.organization_id, p.municipality_id, p.educator_id, p.first_in_municipality, p.first_in_scope
            FROM (
                SELECT s.id AS organization_id, s.municipality_id, e.educator_id,
                       lag(s.id) OVER person IS DISTINCT FROM s.id AS new_place, -- two posts at one organization are one place
                       lag(s.municipality_id, 1, -1) OVER person IS DISTINCT FROM s.municipality_id AS first_in_municipality,
                       row_number() OVER person = 1 AS first_in_scope
                FROM posts e JOIN scope_orgs s ON s.id = e.organization_id
                WINDOW person AS (PARTITION BY e.educator_id ORDER BY s.municipality_id, s.id)
            ) p
            WHERE p.new_place
        ),
        diagnosed AS (
            SELECT educator_id FROM diagnostics
            WHERE region_id = {0} AND date BETWEEN {2} AND {3}
              AND ({5}::int IS NULL OR educator_id = ANY (ARRAY(SELECT educator_id FROM placed)))
        ),
        routed AS (
            SELECT educator_id FROM routes
            WHERE region_id = {0} AND diagnostic_id IS NOT NULL AND approved_on BETWEEN {2} AND {3}
              AND ({5}::int IS NULL OR educator_id = ANY (ARRAY(SELECT educator_id FROM placed)))
        ),
        with_route AS (
            SELECT educator_id FROM routes
            WHERE region_id = {0} AND status NOT IN ('Draft', 'Cancelled') AND period_from <= {3} AND period_to >= {2}
              AND ({5}::int IS NULL OR educator_id = ANY (ARRAY(SELECT educator_id FROM placed)))
        ),
        active_pairs AS (
            SELECT mentor_id, mentee_id FROM mentoring_pairs
            WHERE region_id = {0} AND period_from <= {3} AND coalesce(closed_on, period_to) >= {2}
              AND ({5}::int IS NULL OR mentor_id = ANY (ARRAY(SELECT educator_id FROM placed)) OR mentee_id = ANY (ARRAY(SELECT educator_id FROM placed)))
        ),
        young_events AS (
            SELECT p.educator_id FROM event_participations p JOIN methodical_events e ON e.id = p.event_id
            WHERE p.region_id = {0} AND e.region_id = {0} AND e.for_young_teachers AND e.starts_on <= {3} AND e.ends_on >= {2}
              AND ({5}::int IS NULL OR p.educator_id = ANY (ARRAY(SELECT educator_id FROM placed)))
        ),
        members AS (
            SELECT m.educator_id FROM community_memberships m JOIN communities c ON c.id = m.community_id
            WHERE m.region_id = {0} AND c.region_id = {0} AND m."from" <= {3} AND (m."to" IS NULL OR m."to" >= {2})
              AND c.active_from <= {3} AND (c.active_to IS NULL OR c.active_to >= {2})
              AND ({5}::int IS NULL OR m.educator_id = ANY (ARRAY(SELECT educator_id FROM placed)))
        ),
        trained AS (
            SELECT educator_id FROM program_completions
            WHERE region_id = {0} AND completed_on BETWEEN {2} AND {3}
              AND ({5}::int IS NULL OR educator_id = ANY (ARRAY(SELECT educator_id FROM placed)))
        ),
        head_diagnostics AS (
            SELECT d.educator_id, d.date, x.deficits, lag(x.deficits) OVER (PARTITION BY d.educator_id ORDER BY d.date, d.id) AS previous
            FROM diagnostics d CROSS JOIN LATERAL (SELECT count(*) AS deficits FROM diagnostic_deficits x WHERE x.diagnostic_id = d.id) x
            WHERE d.region_id = {0} AND d.date <= {3} AND d.educator_id IN (SELECT id FROM people WHERE is_head)
              AND ({5}::int IS NULL OR d.educator_id = ANY (ARRAY(SELECT educator_id FROM placed)))
        ),
        improved AS (SELECT educator_id FROM head_diagnostics WHERE date BETWEEN {2} AND {3} AND deficits < previous),
        programmes AS (
            SELECT organization_id FROM mentoring_programs WHERE region_id = {0} AND period_from <= {3} AND period_to >= {2}
              AND ({5}::int IS NULL OR organization_id = {5}::int)
        ),
        facts AS (
            SELECT s.organization_id, s.municipality_id, s.educator_id, s.first_in_municipality, s.first_in_scope,
                   p.birth_date + interval '35 years' > {4} AS young,
                   p.birth_date + interval '35 years' > {4} AND p.profession_start_date <= {4}
                       AND p.profession_start_date + interval '3 years' > {4} AS newcomer,
                   p.is_head AS head,
                   EXISTS (SELECT 1 FROM category_assignments c WHERE c.educator_id = p.id AND c.category = 'Highest'
                       AND (c.assigned_on IS NULL OR c.assigned_on <= {4}) AND (c.ended_on IS NULL OR c.ended_on >= {4})) AS highest,
                   p.id IN (SELECT educator_id FROM diagnosed) AS diagnosed,
                   p.id IN (SELECT educator_id FROM routed) AS routed,
                   p.id IN (SELECT mentee_id FROM active_pairs) OR p.id IN (SELECT educator_id FROM with_route)
                       OR p.id IN (SELECT educator_id FROM young_events) OR p.id IN (SELECT educator_id FROM members) AS supported,
                   p.id IN (SELECT educator_id FROM young_events) AS in_projects,
                   p.is_head AND (p.id IN (SELECT educator_id FROM trained) OR p.id IN (SELECT educator_id FROM improved)) AS head_improved,
                   p.id IN (SELECT mentor_id FROM active_pairs) OR p.id IN (SELECT mentee_id FROM active_pairs) AS in_mentoring,
                   p.id IN (SELECT educator_id FROM members) AS in_communities
            FROM placed s JOIN people p ON p.id = s.educator_id
        )
        """;

    /// <summary>
    /// The facts counted once, per place and whether it is the person's place for their municipality and for the
    /// scope; then those few hundred rows summed for the three levels: at an organization everyone working there, in a
    /// municipality and in the scope each person through one of their places only (a key that is null elsewhere, its
    /// null group dropped).
    /// </summary>
    private const string Sql = Facts + """
        ,
        per_place AS (
            SELECT f.organization_id, f.municipality_id, f.first_in_municipality, f.first_in_scope,
                   count(*) AS educators,
                   count(*) FILTER (WHERE f.diagnosed) AS diagnosed,
                   count(*) FILTER (WHERE f.routed) AS with_route,
                   count(*) FILTER (WHERE f.newcomer) AS newcomers,
                   count(*) FILTER (WHERE f.newcomer AND f.supported) AS newcomers_supported,
                   count(*) FILTER (WHERE f.young) AS young,
                   count(*) FILTER (WHERE f.young AND f.in_projects) AS young_in_projects,
                   count(*) FILTER (WHERE f.head) AS heads,
                   count(*) FILTER (WHERE f.head_improved) AS heads_improved,
                   count(*) FILTER (WHERE f.head AND f.highest) AS heads_highest,
                   count(*) FILTER (WHERE f.in_mentoring) AS in_mentoring,
                   count(*) FILTER (WHERE f.in_communities) AS in_communities
            FROM facts f
            GROUP BY f.organization_id, f.municipality_id, f.first_in_municipality, f.first_in_scope
        ),
        by_people AS (
            SELECT CASE WHEN grouping(p.organization_id) = 0 THEN 1 WHEN grouping(p.municipality_key) = 0 THEN 2 ELSE 3 END AS level,
                   CASE WHEN grouping(p.organization_id) = 0 THEN p.organization_id WHEN grouping(p.municipality_key) = 0 THEN p.municipality_key END AS id,
                   sum(p.educators)::int AS educators,
                   sum(p.diagnosed)::int AS diagnosed,
                   sum(p.with_route)::int AS with_route,
                   sum(p.newcomers)::int AS newcomers,
                   sum(p.newcomers_supported)::int AS newcomers_supported,
                   sum(p.young)::int AS young,
                   sum(p.young_in_projects)::int AS young_in_projects,
                   sum(p.heads)::int AS heads,
                   sum(p.heads_improved)::int AS heads_improved,
                   sum(p.heads_highest)::int AS heads_highest,
                   sum(p.in_mentoring)::int AS in_mentoring,
                   sum(p.in_communities)::int AS in_communities
            FROM (SELECT p.*, CASE WHEN p.first_in_municipality THEN p.municipality_id END AS municipality_key,
                         CASE WHEN p.first_in_scope THEN 0 END AS scope_key
                  FROM per_place p) p
            GROUP BY GROUPING SETS ((p.organization_id), (p.municipality_key), (p.scope_key))
            HAVING (grouping(p.municipality_key) = 1 OR p.municipality_key IS NOT NULL) AND (grouping(p.scope_key) = 1 OR p.scope_key IS NOT NULL)
        ),
        by_organizations AS (
            SELECT CASE WHEN grouping(s.id) = 0 THEN 1 WHEN grouping(s.municipality_id) = 0 THEN 2 ELSE 3 END AS level,
                   CASE WHEN grouping(s.id) = 0 THEN s.id WHEN grouping(s.municipality_id) = 0 THEN s.municipality_id END AS id,
                   count(*)::int AS organizations,
                   count(*) FILTER (WHERE s.id IN (SELECT organization_id FROM programmes))::int AS with_mentoring_program
            FROM scope_orgs s
            GROUP BY GROUPING SETS ((s.id), (s.municipality_id), ())
        )
        SELECT o.level AS level, o.id AS id, o.organizations AS organizations, o.with_mentoring_program AS with_mentoring_program,
               coalesce(p.educators, 0) AS educators, coalesce(p.diagnosed, 0) AS diagnosed, coalesce(p.with_route, 0) AS with_route,
               coalesce(p.newcomers, 0) AS newcomers, coalesce(p.newcomers_supported, 0) AS newcomers_supported, coalesce(p.young, 0) AS young,
               coalesce(p.young_in_projects, 0) AS young_in_projects, coalesce(p.heads, 0) AS heads, coalesce(p.heads_improved, 0) AS heads_improved,
               coalesce(p.heads_highest, 0) AS heads_highest, coalesce(p.in_mentoring, 0) AS in_mentoring, coalesce(p.in_communities, 0) AS in_communities
        FROM by_organizations o LEFT JOIN by_people p ON p.level = o.level AND coalesce(p.id, 0) = coalesce(o.id, 0)
        WHERE NOT (o.level = 2 AND o.id IS NULL)
        """;

    /// <summary>
    /// The registry's counts for the year, inside the current user's scope: its region and, below the region, its
    /// subtree (this raw SQL does not pass the EF filters, so the scope is applied here by hand); with
    /// <paramref name="organizationId"/>, that one organization only.
    /// </summary>
    public static async Task<List<IndicatorRow>> ComputeAsync(PortalDbContext db, int regionId, int year, DateOnly reportingDate, CancellationToken ct,
        int? organizationId = null)
    {
        if (!db.ScopeIsGlobal && db.ScopeRegionId != regionId)
        {
            return [];
        }

        var rows = await db.Database.SqlQueryRaw<Row>(Sql, regionId, db.ScopeOrgPath!, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31),
            reportingDate, organizationId!)
            .ToListAsync(ct);
        return [.. rows.Select(r => new IndicatorRow((IndicatorLevel)r.Level, r.Id, new IndicatorCounts
        {
            Educators = r.Educators, Diagnosed = r.Diagnosed, WithRoute = r.WithRoute, Newcomers = r.Newcomers, NewcomersSupported = r.NewcomersSupported,
            Young = r.Young, YoungInProjects = r.YoungInProjects, Heads = r.Heads, HeadsImproved = r.HeadsImproved, HeadsHighest = r.HeadsHighest,
            Organizations = r.Organizations, WithMentoringProgram = r.WithMentoringProgram, InMentoring = r.InMentoring, InCommunities = r.InCommunities,
        }))];
    }

    /// <summary>Who each indicator counts, as conditions on <c>facts</c>: numerator and denominator (indicator 7 counts organizations, not people).</summary>
    private static readonly Dictionary<int, (string Numerator, string Denominator)> Conditions = new()
    {
        [1] = ("f.diagnosed", "true"),
        [2] = ("f.routed", "true"),
        [3] = ("f.newcomer AND f.supported", "f.newcomer"),
        [4] = ("f.young AND f.in_projects", "f.young"),
        [5] = ("f.head_improved", "f.head"),
        [6] = ("f.head AND f.highest", "f.head"),
        [8] = ("f.in_mentoring", "true"),
        [9] = ("f.in_communities", "true"),
    };

    /// <summary>Whether the registry can name the people behind an indicator's counts.</summary>
    public static bool NamesPeople(int indicator) => Conditions.ContainsKey(indicator);

    /// <summary>
    /// The people behind a registry count: the numerator (or denominator) of one indicator for an organization, a
    /// municipality or the whole scope — the same facts the counts come from, so the list is as long as the count.
    /// </summary>
    public static async Task<List<int>> PeopleAsync(PortalDbContext db, int regionId, int year, DateOnly reportingDate, int indicator, bool numerator,
        int? organizationId, int? municipalityId, CancellationToken ct)
    {
        if ((!db.ScopeIsGlobal && db.ScopeRegionId != regionId) || !Conditions.TryGetValue(indicator, out var condition))
        {
            return [];
        }

        // The condition is one of the constant fragments above, never user input.
        var sql = Facts + "\nSELECT DISTINCT f.educator_id AS \"Value\" FROM facts f WHERE " + (numerator ? condition.Numerator : condition.Denominator)
            + " AND ({6}::int IS NULL OR f.municipality_id = {6}::int)";
        return await db.Database.SqlQueryRaw<int>(sql, regionId, db.ScopeOrgPath!, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), reportingDate,
            organizationId!, municipalityId!).ToListAsync(ct);
    }

    private sealed class Row
    {
        public int Level { get; set; }
        public int? Id { get; set; }
        public int Organizations { get; set; }
        public int WithMentoringProgram { get; set; }
        public int Educators { get; set; }
        public int Diagnosed { get; set; }
        public int WithRoute { get; set; }
        public int Newcomers { get; set; }
        public int NewcomersSupported { get; set; }
        public int Young { get; set; }
        public int YoungInProjects { get; set; }
        public int Heads { get; set; }
        public int HeadsImproved { get; set; }
        public int HeadsHighest { get; set; }
        public int InMentoring { get; set; }
        public int InCommunities { get; set; }
    }
}
