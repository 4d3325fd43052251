// What the access log of personal data (issue 20.9) adds to a page: the educator card (which writes its record) beside
// the record's own write, the same insert AccessLog makes, both measured in this run on the demo region.
//   dotnet run -c Release --project bench/MetodPortal.Bench -- access
// Target: the write adds at most 2 ms to a page (median).
using System.Diagnostics;
using System.Globalization;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Audit;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Bench;

internal static class AccessLogBenchmark
{
    private const int Runs = 300;

    public static async Task<int> RunAsync()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("bench_access");
        await using var portal = new BenchPortal(connectionString, demo: true);
        int educatorId;
        await using (var db = PortalData.CreateContext(connectionString, CurrentUser.System))
        {
            educatorId = await db.Employments.Where(e => e.Organization!.ShortName == "МАОУ «СШ № 12»").Select(e => e.EducatorId).FirstAsync();
        }

        var methodist = await portal.LoginAsync("methodist@demo.local");
        var card = $"/staff/{educatorId.ToString(CultureInfo.InvariantCulture)}";
        var cardTimes = await TimeAsync(async () => (await methodist.GetAsync(card)).EnsureSuccessStatusCode());

        await using var context = PortalData.CreateContext(connectionString, CurrentUser.System);
        var writeTimes = await TimeAsync(async () =>
        {
            context.AccessRecords.Add(new AccessRecord
            {
                At = DateTimeOffset.UtcNow, UserId = 1, UserName = "methodist@demo.local", RegionId = 1, EducatorId = educatorId,
                    Kind = AccessKind.EducatorCard, Address = "127.0.0.1",
            });
            await context.SaveChangesAsync();
            context.ChangeTracker.Clear(); // a request's context holds its own record only
        });

        var (cardMedian, writeMedian) = (Median(cardTimes), Median(writeTimes));
        Console.WriteLine($"Access log benchmark, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Runs} runs each");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  educator card with its access record  p50 {cardMedian:F2} ms  p95 {Percentile(cardTimes, 0.95):F2} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  the access record's write alone      p50 {writeMedian:F2} ms  p95 {Percentile(writeTimes, 0.95):F2} ms  (target ≤ 2 ms): "
                + $"{(writeMedian <= 2 ? "met" : "MISSED")}"));
        return writeMedian <= 2 ? 0 : 1;
    }

    private static async Task<List<double>> TimeAsync(Func<Task> work)
    {
        for (var i = 0; i < 20; i++)
        {
            await work(); // warm-up: JIT, connections, plans
        }

        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static double Median(List<double> times) => Percentile(times, 0.5);

    private static double Percentile(List<double> times, double p) => times.Order().ElementAt((int)Math.Min(times.Count - 1, Math.Floor(p * times.Count)));
}
