// Annual monitoring benchmark (issue 7): the indicators and the region's reports on generated regions of real size.
//   dotnet run -c Release --project bench/MetodPortal.Bench -- monitoring
// Targets: region-level indicators within 1.5× one hand-written SQL computing the same numbers; the region's PDF and
// xlsx each under 1 s end to end; the same region's registry indicators, PDF, xlsx, dashboard and staff list in L (20 regions)
// within 1.1× of M (1 region), with the plans' row estimates printed (issue 29.5); xlsx peak memory flat as rows grow.
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MetodPortal.Data;
using MetodPortal.Data.Monitoring;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Reports.Monitoring;
using MetodPortal.Testing;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MetodPortal.Bench;

internal static class MonitoringBenchmark
{
    private const int Rounds = 15;

    public static async Task<int> RunAsync()
    {
        Console.WriteLine($"Monitoring benchmark, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine("  generating M (1 region) and L (20 regions) through COPY:");
        await using var m = await DatasetAsync("bench_m", 1);
        await using var l = await DatasetAsync("bench_l", 20);
        var ok = true;

        Console.WriteLine($"  indicators of the region, median of {Rounds}:");
        var (registry, registryBaseline) = await IndicatorsAsync(m, IndicatorSource.Registry, RegistryBaselineSql);
        var (declared, declaredBaseline) = await IndicatorsAsync(m, IndicatorSource.Declared, DeclaredBaselineSql);
        ok &= Check("from the registry (ScopeFigures.ComputeAsync: the region, 19 municipalities, 800 organizations)", registry,
            $"one SQL for the region's row alone {Ms(registryBaseline)}", registry <= 1.5 * registryBaseline,
                $"{registry / registryBaseline:F2}× (target ≤ 1.5×)");
        Console.WriteLine($"    from the accepted forms (the same call, the reports' source): {declared * 1000:F1} ms — the region's sum in SQL "
            + $"{declaredBaseline * 1000:F1} ms — "
            + "no target: a sum of 800 forms");

        Console.WriteLine($"  the region's report, dashboard and staff list end to end over HTTP, median of {Rounds} (M and L interleaved):");
        var times = await RegionPagesAsync(m, l);
        foreach (var (name, format) in new[] { ("PDF", "pdf"), ("xlsx", "xlsx") })
        {
            var (inM, inL) = (times[$"m.{format}"], times[$"l.{format}"]);
            ok &= Check($"{name} in M", inM, $"the /reports page {Ms(times["m.page"])}", inM < 1, "target < 1 s");
            ok &= Check($"{name} in L", inL, $"the /reports page {Ms(times["l.page"])}", inL < 1 && inL <= 1.1 * inM, $"{inL / inM:F2}× M (target ≤ 1.1×)");
        }

        foreach (var (name, key) in new[] { ("dashboard from the registry", "dashboard"), ("staff list, first page", "staff") })
        {
            var (inM, inL) = (times[$"m.{key}"], times[$"l.{key}"]);
            ok &= Check($"the region's {name} in L", inL, $"in M {Ms(inM)}", inL <= 1.1 * inM, $"{inL / inM:F2}× M (target ≤ 1.1×)");
        }

        var (registryL, registryBaselineL) = await IndicatorsAsync(l, IndicatorSource.Registry, RegistryBaselineSql);
        ok &= Check("registry indicators of the same region in L", registryL, $"the same SQL in L {Ms(registryBaselineL)}",
            registryL <= 1.5 * registryBaselineL && registryL <= 1.1 * registry,
            $"{registryL / registryBaselineL:F2}× (target ≤ 1.5×); {registryL / registry:F2}× M (target ≤ 1.1×), "
                + $"the SQL {registryBaselineL / registryBaseline:F2}× M");

        Console.WriteLine("  the plans of the registry indicators, the same region in M and in L:");
        await PlanEstimates.PrintAsync("M", m.Portal.ConnectionString, m.Region);
        await PlanEstimates.PrintAsync("L", l.Portal.ConnectionString, l.Region);

        Console.WriteLine("  xlsx writer, peak managed memory above the report it writes:");
        ok &= XlsxMemory();
        Console.WriteLine(ok ? "  all targets met" : "  TARGET MISSED");
        return ok ? 0 : 1;
    }

    /// <summary>A database on the benchmark's cluster, the portal on it, the generated regions and their ministry users signed in.</summary>
    private sealed class Dataset(BenchPortal portal, List<BenchRegion> regions, HttpClient ministry) : IAsyncDisposable
    {
        public BenchPortal Portal => portal;
        public BenchRegion Region => regions[0];
        public HttpClient Ministry => ministry;

        public ValueTask DisposeAsync() => portal.DisposeAsync();
    }

    private static async Task<Dataset> DatasetAsync(string name, int regions)
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync(name);
        var portal = new BenchPortal(connectionString, demo: false);
        var watch = Stopwatch.StartNew();
        var generated = await MonitoringDataset.GenerateAsync(connectionString, regions, Console.Out);
        HttpClient? first = null;
        foreach (var region in generated)
        {
            // Recommendations as the ministry makes them: from the accepted forms, through the portal.
            var client = await portal.LoginAsync(region.MinistryEmail, MonitoringDataset.Password);
            var page = $"/monitoring/{region.CampaignId}/recommendations";
            var token = BenchPortal.Token(await client.GetStringAsync(page));
            var response = await client.PostAsync(page + "/generate", new FormUrlEncodedContent([new("source", nameof(IndicatorSource.Declared)),
                new("__RequestVerificationToken", token)]));
            if ((int)response.StatusCode != 302)
            {
                throw new InvalidOperationException($"Generating the recommendations of {region.Name} answered {(int)response.StatusCode}.");
            }

            first ??= client;
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM educators), (SELECT count(*) FROM organizations WHERE counts_in_indicators), (SELECT count(*) FROM "
                + "recommendations), pg_database_size(current_database())",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine($"    {name}: {regions} region(s), {reader.GetInt64(0):N0} educators, {reader.GetInt64(1):N0} organizations, "
            + $"{reader.GetInt64(2):N0} recommendations, "
            + $"{reader.GetInt64(3) / 1024.0 / 1024:N0} MiB, ready in {watch.Elapsed.TotalSeconds:F0} s");
        return new Dataset(portal, generated, first!);
    }

    /// <summary>The engine call behind the dashboard and the reports, as the region's ministry user, against a hand-written SQL for the region's
    /// counts alone.</summary>
    private static async Task<(double Engine, double Baseline)> IndicatorsAsync(Dataset data, IndicatorSource source, string baselineSql)
    {
        var region = data.Region;
        var user = new CurrentUser(null, "bench", DataScope.ForRegion(region.Id));
        var engine = new List<double>();
        var baseline = new List<double>();
        for (var round = -2; round < Rounds; round++)
        {
            IndicatorCounts fromEngine;
            double engineTime;
            await using (var db = PortalData.CreateContext(data.Portal.ConnectionString, user))
            {
                var campaign = await db.MonitoringCampaigns.AsNoTracking().FirstAsync(c => c.Id == region.CampaignId);
                var watch = Stopwatch.StartNew();
                var rows = await ScopeFigures.ComputeAsync(db, campaign, source, CancellationToken.None);
                engineTime = watch.Elapsed.TotalSeconds;
                fromEngine = rows.Single(r => r.Level == IndicatorLevel.Region).Counts;
            }

            var started = Stopwatch.StartNew();
            var fromSql = await BaselineAsync(data.Portal.ConnectionString, baselineSql, region);
            var baselineTime = started.Elapsed.TotalSeconds;
            if (fromEngine != fromSql)
            {
                throw new InvalidOperationException($"The engine and the baseline disagree for {source}:\n  {fromEngine}\n  {fromSql}");
            }

            // The first rounds warm the JIT, the connection pool and PostgreSQL's cache.
            if (round >= 0)
            {
                engine.Add(engineTime);
                baseline.Add(baselineTime);
            }
        }

        return (Median(engine), Median(baseline));
    }

    [SuppressMessage("Security", "CA2100", Justification = "One of the two constant queries of this class.")]
    private static async Task<IndicatorCounts> BaselineAsync(string connectionString, string sql, BenchRegion region)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("region", region.Id);
        command.Parameters.AddWithValue("campaign", region.CampaignId);
        command.Parameters.AddWithValue("from", new DateOnly(MonitoringDataset.Year, 1, 1));
        command.Parameters.AddWithValue("to", new DateOnly(MonitoringDataset.Year, 12, 31));
        command.Parameters.AddWithValue("reporting", new DateOnly(MonitoringDataset.Year, 12, 31));
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        int At(int i) => (int)reader.GetInt64(i);
        return new IndicatorCounts
        {
            Educators = At(0), Diagnosed = At(1), WithRoute = At(2), Newcomers = At(3), NewcomersSupported = At(4), Young = At(5), YoungInProjects = At(6),
            Heads = At(7), HeadsImproved = At(8), HeadsHighest = At(9), Organizations = At(10), WithMentoringProgram = At(11), InMentoring = At(12),
                InCommunities = At(13),
        };
    }

    /// <summary>
    /// The region's registry counts written by hand as directly as SQL allows: each person of the region once, each
    /// fact a hashed set of the region's rows, the deficits compared for heads only — and no level below the region.
    /// </summary>
    private const string RegistryBaselineSql = """
        WITH staff AS (
            SELECT DISTINCT e.educator_id FROM employments e JOIN organizations o ON o.id = e.organization_id
            WHERE e.region_id = @region AND o.region_id = @region AND o.counts_in_indicators
              AND (e.start_date IS NULL OR e.start_date <= @reporting) AND (e.end_date IS NULL OR e.end_date >= @reporting)
        ),
        pairs AS (
            SELECT mentor_id, mentee_id FROM mentoring_pairs
            WHERE region_id = @region AND period_from <= @to AND coalesce(closed_on, period_to) >= @from
        ),
        young_events AS (
            SELECT x.educator_id FROM event_participations x JOIN methodical_events e ON e.id = x.event_id
            WHERE x.region_id = @region AND e.region_id = @region AND e.for_young_teachers AND e.starts_on <= @to AND e.ends_on >= @from
        ),
        members AS (
            SELECT x.educator_id FROM community_memberships x JOIN communities c ON c.id = x.community_id
            WHERE x.region_id = @region AND c.region_id = @region AND x."from" <= @to AND (x."to" IS NULL OR x."to" >= @from)
              AND c.active_from <= @to AND (c.active_to IS NULL OR c.active_to >= @from)
        ),
        improved AS (
            SELECT educator_id FROM (
                SELECT d.educator_id, d.date, n.deficits, lag(n.deficits) OVER (PARTITION BY d.educator_id ORDER BY d.date, d.id) AS previous
                FROM diagnostics d
                CROSS JOIN LATERAL (SELECT count(*) AS deficits FROM diagnostic_deficits x WHERE x.diagnostic_id = d.id) n
                WHERE d.region_id = @region AND d.date <= @to AND d.educator_id IN (SELECT id FROM educators WHERE region_id = @region AND is_head)) h
            WHERE h.date BETWEEN @from AND @to AND h.deficits < h.previous
        ),
        f AS (
            SELECT p.is_head AS head,
                   EXISTS (SELECT 1 FROM category_assignments c WHERE c.educator_id = p.id AND c.category = 'Highest'
                       AND (c.assigned_on IS NULL OR c.assigned_on <= @reporting) AND (c.ended_on IS NULL OR c.ended_on >= @reporting)) AS highest,
                   p.birth_date + interval '35 years' > @reporting AS young,
                   p.birth_date + interval '35 years' > @reporting AND p.profession_start_date <= @reporting
                       AND p.profession_start_date + interval '3 years' > @reporting AS newcomer,
                   p.id IN (SELECT educator_id FROM diagnostics WHERE region_id = @region AND date BETWEEN @from AND @to) AS diagnosed,
                   p.id IN (SELECT educator_id FROM routes
                            WHERE region_id = @region AND diagnostic_id IS NOT NULL AND approved_on BETWEEN @from AND @to) AS routed,
                   p.id IN (SELECT mentee_id FROM pairs)
                       OR p.id IN (SELECT educator_id FROM routes
                                   WHERE region_id = @region AND status NOT IN ('Draft', 'Cancelled') AND period_from <= @to AND period_to >= @from)
                       OR p.id IN (SELECT educator_id FROM young_events) OR p.id IN (SELECT educator_id FROM members) AS supported,
                   p.id IN (SELECT educator_id FROM young_events) AS in_projects,
                   p.id IN (SELECT educator_id FROM program_completions WHERE region_id = @region AND completed_on BETWEEN @from AND @to)
                       OR p.id IN (SELECT educator_id FROM improved) AS head_improved,
                   p.id IN (SELECT mentor_id FROM pairs) OR p.id IN (SELECT mentee_id FROM pairs) AS in_mentoring,
                   p.id IN (SELECT educator_id FROM members) AS in_communities
            FROM educators p JOIN staff s ON s.educator_id = p.id
            WHERE p.region_id = @region
        )
        SELECT count(*), count(*) FILTER (WHERE diagnosed), count(*) FILTER (WHERE routed), count(*) FILTER (WHERE newcomer),
               count(*) FILTER (WHERE newcomer AND supported), count(*) FILTER (WHERE young), count(*) FILTER (WHERE young AND in_projects),
               count(*) FILTER (WHERE head), count(*) FILTER (WHERE head AND head_improved), count(*) FILTER (WHERE head AND highest),
               (SELECT count(*) FROM organizations o WHERE o.region_id = @region AND o.counts_in_indicators),
               (SELECT count(*) FROM organizations o WHERE o.region_id = @region AND o.counts_in_indicators
                  AND o.id IN (SELECT organization_id FROM mentoring_programs WHERE region_id = @region AND period_from <= @to AND period_to >= @from)),
               count(*) FILTER (WHERE in_mentoring), count(*) FILTER (WHERE in_communities)
        FROM f
        """;

    /// <summary>The region's declared counts: the sums of its accepted forms.</summary>
    private const string DeclaredBaselineSql = """
        SELECT sum(declared_educators), sum(declared_diagnosed), sum(declared_with_route), sum(declared_newcomers), sum(declared_newcomers_supported),
               sum(declared_young), sum(declared_young_in_projects), sum(declared_heads), sum(declared_heads_improved), sum(declared_heads_highest),
               sum(declared_organizations), sum(declared_with_mentoring_program), sum(declared_in_mentoring), sum(declared_in_communities)
        FROM monitoring_forms WHERE campaign_id = @campaign AND status = 'Accepted' AND region_id = @region
        """;

    /// <summary>GET of the region's PDF and xlsx (and of the /reports page as the floor of the same pipeline), its dashboard from the registry and
    /// its staff list in M and L, interleaved so drift hits both alike.</summary>
    private static async Task<Dictionary<string, double>> RegionPagesAsync(Dataset m, Dataset l)
    {
        var samples = new Dictionary<string, List<double>>();
        var year = MonitoringDataset.Year.ToString(CultureInfo.InvariantCulture);
        for (var round = -2; round < Rounds; round++)
        {
            foreach (var (name, data) in new[] { ("m", m), ("l", l) })
            {
                foreach (var (key, url) in new[] { ("page", "/reports"), ("pdf", $"/reports/monitoring/{year}.pdf"), ("xlsx",
                    $"/reports/monitoring/{year}.xlsx"), ("dashboard", $"/monitoring/{data.Region.CampaignId}/dashboard?source=Registry"),
                    ("staff", "/staff") })
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await data.Ministry.GetAsync(url);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    var seconds = watch.Elapsed.TotalSeconds;
                    if (!response.IsSuccessStatusCode || body.Length < 1000)
                    {
                        throw new InvalidOperationException($"{url} in {name} answered {(int)response.StatusCode} with {body.Length} bytes.");
                    }

                    if (round == 0 && key != "page")
                    {
                        Console.WriteLine($"    {name.ToUpperInvariant()} {key}: {body.Length / 1024.0:N0} KiB");
                    }

                    if (round >= 0)
                    {
                        (samples.TryGetValue($"{name}.{key}", out var list) ? list : samples[$"{name}.{key}"] = []).Add(seconds);
                    }
                }
            }
        }

        return samples.ToDictionary(s => s.Key, s => Median(s.Value));
    }

    /// <summary>
    /// The workbook of a region with 1,000, 10,000 and 100,000 organizations written to a file while a thread samples
    /// the managed heap: its peak (garbage not yet collected included, which the GC's budget bounds) and what is still
    /// alive after each collection during the write. Flat means the live memory does not grow with the rows.
    /// </summary>
    public static bool XlsxMemory()
    {
        var results = new List<(int Rows, double Peak, double Live, long Bytes)>();
        foreach (var rows in new[] { 1_000, 10_000, 100_000 })
        {
            var report = SyntheticReport(rows);
            var path = Path.GetTempFileName();
            try
            {
                Write(report, path);
                var before = GC.GetTotalMemory(forceFullCollection: true);
                var startedAfter = GC.GetGCMemoryInfo().Index;
                var (peak, live) = (before, before);
                using var stop = new ManualResetEventSlim();
                var sampler = new Thread(() =>
                {
                    while (!stop.IsSet)
                    {
                        peak = Math.Max(peak, GC.GetTotalMemory(false));
                        var last = GC.GetGCMemoryInfo();
                        if (last.Index > startedAfter)
                        {
                            live = Math.Max(live, last.HeapSizeBytes - last.FragmentedBytes);
                        }

                        Thread.Sleep(1);
                    }
                });
                sampler.Start();
                Write(report, path);
                stop.Set();
                sampler.Join();
                results.Add((rows, Mib(peak - before), Mib(Math.Max(0, live - before)), new FileInfo(path).Length));
            }
            finally
            {
                File.Delete(path);
            }
        }

        foreach (var (rows, peak, live, bytes) in results)
        {
            Console.WriteLine($"    {rows,7:N0} organizations: live {live,5:F1} MiB, peak {peak,5:F1} MiB (with garbage not yet collected) above the "
                + $"report; file {bytes / 1024.0:N0} KiB");
        }

        // Flat: a hundred times the rows keep no more alive than twice the smallest (or 8 MiB, whichever is more).
        var flat = results[^1].Live <= 2 * Math.Max(results[0].Live, 8);
        Console.WriteLine($"    {(flat ? "flat" : "GROWS WITH THE ROWS")} (target: live memory for 100,000 rows within 2× that for 1,000, at least 8 MiB)");
        return flat;

        static double Mib(long bytes) => bytes / 1024.0 / 1024;

        static void Write(MonitoringReport report, string path)
        {
            using var file = File.Create(path);
            MonitoringXlsx.Write(report, file);
        }
    }

    private static MonitoringReport SyntheticReport(int organizations)
    {
        IndicatorCounts Counts(int i) => new()
        {
            Educators = 30 + (i % 7), Diagnosed = 20 + (i % 5), WithRoute = 10 + (i % 4), Newcomers = 3, NewcomersSupported = 2, Young = 8, YoungInProjects = 4,
            Heads = 1, HeadsImproved = i % 2, HeadsHighest = 1, Organizations = 1, WithMentoringProgram = 1, InMentoring = 6, InCommunities = 12,
        };
        return new MonitoringReport(MonitoringDataset.Year, new DateOnly(MonitoringDataset.Year, 12, 31), ReportLevel.Region, "Бенчмарк-край",
            "21.11.2026 10:00", "bench",
            new MonitoringCampaign().Thresholds, IndicatorCounts.Sum(Enumerable.Range(0, organizations).Select(Counts)),
            [.. Enumerable.Range(0, 19).Select(i => new ReportPlace($"Муниципальный район {i + 1}", null, Counts(i)))],
            [.. Enumerable.Range(0,
                organizations).Select(i => new ReportPlace($"Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № {i + 1}»",
                    $"Муниципальный район {i % 19 + 1}", Counts(i)))],
            new ReportCompleteness(organizations, organizations, 0, 0, 0),
            [.. Enumerable.Range(0, organizations / 10).Select(i => new ReportRecommendation($"Школа № {i + 1}", 1 + (i % 9), 20m, 50m,
                "Провести диагностику профессиональных дефицитов", "по принятым формам", "новая"))]);
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    internal static string Ms(double seconds) => $"{seconds * 1000:N0} ms";

    internal static bool Check(string name, double seconds, string baseline, bool met, string target)
    {
        Console.WriteLine($"    {name}: {Ms(seconds)} — baseline {baseline} — {target}{(met ? "" : " MISSED")}");
        return met;
    }
}
