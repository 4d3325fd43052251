// The offers an ИОМ card proposes (issue 23.2) on a generated region of real size (25,000 educators, 800 organizations), with a year
// of offers ahead tagged by competence area: ДПП cohorts, events, communities, sites and mentors.
//   dotnet run -c Release --project bench/MetodPortal.Bench -- suggestions
// Target: SuggestOffers.ForRouteAsync for a four-item route under 100 ms (median), as the municipality's methodist; beside it, in the
// same run, the load of the route itself (the baseline) and the whole card over HTTP. It also prints the supply-and-demand page beside
// the deficit map, for the municipality and the region (no target).
using System.Diagnostics;
using System.Globalization;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using MetodPortal.Domain.Routes;
using MetodPortal.Testing;
using MetodPortal.Web.Areas.Routes.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Bench;

internal static class SuggestionBenchmark
{
    private const int Routes = 60;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static async Task<int> RunAsync()
    {
        Console.WriteLine($"Suggestion benchmark, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("bench_offers");
        await using var portal = new BenchPortal(connectionString, demo: false);
        var region = (await MonitoringDataset.GenerateAsync(connectionString, 1, Console.Out))[0];
        var (routeIds, municipalityId, offers) = await ArrangeAsync(connectionString, region.Id);
        var methodist = new BenchUser("methodist@bench.local", "Методист бенчмарка", await AuthorityAsync(connectionString, municipalityId), region.Id);
        await MonitoringDataset.AddUsersAsync(connectionString, Roles.Methodist, [methodist]);
        Console.WriteLine($"  {offers}; {routeIds.Count} draft routes of four items in one municipality");

        var user = new CurrentUser(null, methodist.Email, DataScope.ForMunicipality(region.Id, municipalityId));
        var (load, suggest, shown) = (new List<double>(), new List<double>(), 0);
        for (var round = -1; round < 3; round++)
        {
            foreach (var id in routeIds)
            {
                await using var db = PortalData.CreateContext(connectionString, user);
                var watch = Stopwatch.StartNew();
                var route = (await RouteStep.LoadAsync(db, id, CancellationToken.None))!;
                var loaded = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                var suggestions = await SuggestOffers.ForRouteAsync(db, route, Today, CancellationToken.None);
                if (round >= 0)
                {
                    (load, suggest) = ([.. load, loaded], [.. suggest, watch.Elapsed.TotalMilliseconds]);
                    shown += suggestions.Values.Sum(s => s.Count);
                }
            }
        }

        var client = await portal.LoginAsync(methodist.Email, MonitoringDataset.Password);
        var page = new List<double>();
        for (var round = -1; round < 2; round++)
        {
            foreach (var id in routeIds)
            {
                var watch = Stopwatch.StartNew();
                (await client.GetAsync($"/routes/{id.ToString(CultureInfo.InvariantCulture)}")).EnsureSuccessStatusCode();
                if (round >= 0)
                {
                    page.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        // The supply-and-demand page beside the deficit map (the analytics page it grew from), for the municipality and the whole region.
        var ministry = await portal.LoginAsync(region.MinistryEmail, MonitoringDataset.Password);
        var analytics = new Dictionary<string, List<double>>();
        foreach (var (name, who, url) in new[]
        {
            ("municipality: /analytics/supply-demand", client, "/analytics/supply-demand?year=2025"),
            ("municipality: /diagnostics/map", client, "/diagnostics/map?year=2025"),
            ("region: /analytics/supply-demand", ministry, "/analytics/supply-demand?year=2025"),
            ("region: /diagnostics/map", ministry, "/diagnostics/map?year=2025"),
        })
        {
            analytics[name] = [];
            for (var round = -2; round < 10; round++)
            {
                var watch = Stopwatch.StartNew();
                (await who.GetAsync(url)).EnsureSuccessStatusCode();
                if (round >= 0)
                {
                    analytics[name].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        var met = Percentile(suggest, 0.5) < 100;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {shown / (double)suggest.Count:F1} offers shown per route on average"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  the route's own load (baseline)     p50 {Percentile(load, 0.5):F1} ms  p95 {Percentile(load, 0.95):F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  SuggestOffers.ForRouteAsync        p50 {Percentile(suggest, 0.5):F1} ms  p95 {Percentile(suggest, 0.95):F1} ms  (target < 100 ms): ")
            + (met ? "met" : "MISSED"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  the ИОМ card over HTTP, with them  p50 {Percentile(page, 0.5):F1} ms  p95 {Percentile(page, 0.95):F1} ms"));
        foreach (var (name, times) in analytics)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-42} p50 {Percentile(times, 0.5):F1} ms  p95 {Percentile(times, 0.95):F1} ms"));
        }

        return met ? 0 : 1;
    }

    /// <summary>
    /// Tags the generated programmes, events and communities with two areas each, and adds a year of offers from today: six cohorts per
    /// programme (half online), ten events per municipality and twenty regional ones, five mentors in each of the
    /// first municipality's schools with a programme for the year, a site at each of them, and the draft routes whose card is measured.
    /// </summary>
    private static async Task<(List<int> Routes, int MunicipalityId, string Offers)> ArrangeAsync(string connectionString, int regionId)
    {
        await using var db = PortalData.CreateContext(connectionString, CurrentUser.System);
        var areas = await db.CompetenceAreas.Where(a => a.RegionId == regionId).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        List<int> Two(int k) => [.. new[] { areas[k % areas.Count], areas[(k + 3) % areas.Count] }.Distinct().Order()];
        var municipalities = await db.Municipalities.Where(m => m.RegionId == regionId).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
        var authorities = await db.Organizations.Where(o => o.RegionId == regionId && o.Type == OrganizationType.EducationAuthority)
            .ToDictionaryAsync(o => o.MunicipalityId!.Value, o => o.Id);
        var ministry = await db.Organizations.Where(o => o.RegionId == regionId && o.Type == OrganizationType.Ministry).Select(o => o.Id).FirstAsync();

        var programs = await db.ProfessionalPrograms.Where(p => p.RegionId == regionId).OrderBy(p => p.Id).ToListAsync();
        foreach (var (program, k) in programs.Select((p, k) => (p, k)))
        {
            program.CompetenceAreaIds = Two(k);
            for (var c = 0; c < 6; c++)
            {
                var starts = Today.AddDays(20 + (k * 7 % 300) + (c * 9));
                db.ProgramCohorts.Add(new ProgramCohort
                {
                    RegionId = regionId, ProgramId = program.Id, IsOnline = c % 2 == 0,
                    MunicipalityId = c % 2 == 0 ? null : municipalities[(k + c) % municipalities.Count],
                    StartsOn = starts, EndsOn = starts.AddDays(11), EnrolmentDeadline = starts.AddDays(-5), Seats = 30,
                });
            }
        }

        var communities = await db.Communities.Where(c => c.RegionId == regionId).OrderBy(c => c.Id).ToListAsync();
        communities.Select((c, k) => (c, k)).ToList().ForEach(x => x.c.CompetenceAreaIds = Two(x.k));
        var (events, k2) = (0, 0);
        foreach (var municipality in municipalities.Append(0))
        {
            for (var i = 0; i < (municipality == 0 ? 20 : 10); i++, k2++, events++)
            {
                var starts = Today.AddDays(10 + (k2 * 13 % 330));
                db.MethodicalEvents.Add(new MethodicalEvent
                {
                    RegionId = regionId, OrganizationId = municipality == 0 ? ministry : authorities[municipality],
                    MunicipalityId = municipality == 0 ? null : municipality,
                    Title = $"Семинар № {k2 + 1}", Form = EventForm.Seminar, Level = municipality == 0 ? SupportLevel.Regional : SupportLevel.Municipal,
                    StartsOn = starts, EndsOn = starts, Place = "актовый зал", CompetenceAreaIds = Two(k2),
                });
            }
        }

        var first = municipalities[0];
        var schools = await db.Organizations.Where(o => o.MunicipalityId == first && o.Level == OrganizationLevel.Institutional).OrderBy(o => o.Id)
            .Select(o => o.Id).ToListAsync();
        foreach (var (school, k) in schools.Select((s, k) => (s, k)))
        {
            db.OrganizationStatuses.Add(new OrganizationStatus
            {
                RegionId = regionId, OrganizationId = school, Kind = OrganizationStatusKind.InternshipSite, Level = OrganizationStatusLevel.Municipal,
                Theme = $"Стажировочная площадка № {k + 1}", OrderNumber = "1", ValidFrom = Today.AddYears(-1), CompetenceAreaIds = Two(k),
            });
            db.MentoringPrograms.Add(new MentoringProgram
            {
                RegionId = regionId, OrganizationId = school, Title = "Программа наставничества", PeriodFrom = Today, PeriodTo = Today.AddYears(1),
            });
        }

        var staff = await db.Employments.Where(e => e.RegionId == regionId && schools.Contains(e.OrganizationId) && e.EndDate == null)
            .OrderBy(e => e.Id).Select(e => new { e.EducatorId, e.OrganizationId }).ToListAsync();
        var mentors = staff.GroupBy(s => s.OrganizationId).SelectMany(g => g.Take(5)).ToList();
        foreach (var (m, k) in mentors.Select((m, k) => (m, k)))
        {
            db.Mentors.Add(new Mentor
            {
                RegionId = regionId, OrganizationId = m.OrganizationId, EducatorId = m.EducatorId, CompetenceAreaIds = Two(k), MaxPairs = 2,
            });
        }

        var mentees = staff.Except(mentors).Take(Routes).ToList();
        var routes = mentees.Select((e, k) =>
        {
            var route = new IndividualRoute
            {
                RegionId = regionId, OrganizationId = e.OrganizationId, EducatorId = e.EducatorId, PeriodFrom = Today, PeriodTo = Today.AddYears(1).AddDays(-1),
                CreatedAt = DateTimeOffset.UtcNow,
            };
            for (var i = 0; i < 4; i++)
            {
                route.Add(new RouteItem
                {
                    CompetenceAreaId = areas[(k + i) % areas.Count], Goal = "Цель", Form = ActivityForm.Courses, Deadline = Today.AddMonths(6),
                });
            }

            db.Routes.Add(route);
            return route;
        }).ToList();
        await db.SaveChangesAsync();
        return ([.. routes.Select(r => r.Id)], first, $"{programs.Count * 6} cohorts of {programs.Count} ДПП, {events} events ahead, {communities.Count} "
            + $"communities, {schools.Count} sites, {mentors.Count} mentors");
    }

    private static async Task<int> AuthorityAsync(string connectionString, int municipalityId)
    {
        await using var db = PortalData.CreateContext(connectionString, CurrentUser.System);
        return await db.Organizations.Where(o => o.MunicipalityId == municipalityId && o.Type == OrganizationType.EducationAuthority)
            .Select(o => o.Id).FirstAsync();
    }

    private static double Percentile(List<double> times, double p) => times.Order().ElementAt((int)Math.Min(times.Count - 1, Math.Floor(p * times.Count)));
}
