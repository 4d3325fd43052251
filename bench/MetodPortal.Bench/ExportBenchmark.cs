// The lists to Excel (issue 27): each export of a region-wide list on a generated region of real size, over HTTP as the ministry
// downloads it, beside the staff export measured in the same run (the baseline: 0.9 s when the exports were planned).
//   dotnet run -c Release --project bench/MetodPortal.Bench -- exports
// Target: every export within 2 s.
using System.Diagnostics;
using MetodPortal.Testing;

namespace MetodPortal.Bench;

internal static class ExportBenchmark
{
    private const int Rounds = 5;
    private const double Target = 2.0;

    public static async Task<int> RunAsync()
    {
        Console.WriteLine($"Export benchmark, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("bench_exports");
        await using var portal = new BenchPortal(connectionString, demo: false);
        var region = (await MonitoringDataset.GenerateAsync(connectionString, 1, Console.Out))[0];
        using var ministry = await portal.LoginAsync(region.MinistryEmail, MonitoringDataset.Password);
        var campaign = region.CampaignId;
        (string Name, string Url)[] exports =
        [
            ("staff (baseline)", "/staff/export"), ("diagnostics", "/diagnostics/export"), ("ИОМ with items", "/routes/export"),
            ("route statuses", "/routes/statuses/export"), ("deficit map", "/diagnostics/map/export"),
            ("mentoring programmes and pairs", "/mentoring/export"), ("pairs", "/mentoring/pairs/export"), ("communities", "/communities/export"),
            ("events", "/events/export"), ("ДПП with completions", "/programs/export"), ("monitoring forms", $"/monitoring/{campaign}/forms/export"),
            ("recommendations", $"/monitoring/{campaign}/recommendations/export"),
            ("people behind indicator 1's denominator", $"/monitoring/{campaign}/people/export?indicator=1&denominator=true"),
            ("change log", "/admin/audit/export"),
        ];
        var medians = new List<(string Name, double Seconds, long Bytes)>();
        foreach (var (name, url) in exports)
        {
            var samples = new List<double>();
            long bytes = 0;
            for (var round = -1; round < Rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await ministry.GetAsync(url);
                bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}.");
                }

                if (round >= 0)
                {
                    samples.Add(watch.Elapsed.TotalSeconds);
                }
            }

            medians.Add((name, MonitoringBenchmark.Median(samples), bytes));
        }

        var baseline = medians[0].Seconds;
        var ok = true;
        Console.WriteLine($"  each export over HTTP, median of {Rounds}:");
        foreach (var (name, seconds, bytes) in medians)
        {
            ok &= MonitoringBenchmark.Check($"{name} ({bytes / 1024.0:N0} KiB)", seconds, $"the staff export {MonitoringBenchmark.Ms(baseline)}",
                seconds <= Target, $"target ≤ {Target:0} s");
        }

        Console.WriteLine(ok ? "  all targets met" : "  TARGET MISSED");
        return ok ? 0 : 1;
    }
}
