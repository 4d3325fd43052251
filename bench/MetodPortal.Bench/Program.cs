// The benchmarks of docs/performance.md; each exits non-zero when it misses a target.
//   dotnet run -c Release --project bench/MetodPortal.Bench [-- import | monitoring | exports | rush | xlsx | access | suggestions]
// (xlsx also compares ClosedXML: build bench/MetodPortal.Bench.ClosedXml first; the solution build does)
// and, to look at the generated data with the portal or psql, into a database of your own (migrated first):
//   dotnet run -c Release --project bench/MetodPortal.Bench -- generate "<connection string>" [regions]
// and the plans of its first region's registry indicators, rows estimated beside rows produced:
//   dotnet run -c Release --project bench/MetodPortal.Bench -- plans "<connection string>"
using System.Globalization;

namespace MetodPortal.Bench;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var which = args.FirstOrDefault() ?? "all";
        var failed = 0;
        if (which is "all" or "import")
        {
            failed |= await ImportBenchmark.RunAsync();
        }

        if (which is "all" or "monitoring")
        {
            failed |= await MonitoringBenchmark.RunAsync();
        }

        if (which is "all" or "access")
        {
            failed |= await AccessLogBenchmark.RunAsync();
        }

        if (which is "all" or "suggestions")
        {
            failed |= await SuggestionBenchmark.RunAsync();
        }

        if (which is "all" or "exports")
        {
            failed |= await ExportBenchmark.RunAsync();
        }

        if (which is "all" or "rush")
        {
            failed |= await RushBenchmark.RunAsync();
        }

        if (which is "generate" && args.Length > 1)
        {
            await using var portal = new BenchPortal(args[1], demo: false);
            var regions = await MonitoringDataset.GenerateAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1, Console.Out);
            Console.WriteLine($"  sign in as {string.Join(", ", regions.Select(r => r.MinistryEmail))} with the password {MonitoringDataset.Password}");
            return 0;
        }

        if (which is "plans" && args.Length > 1)
        {
            await PlanEstimates.PrintAsync("region 1", args[1], await PlanEstimates.FirstRegionAsync(args[1]));
            return 0;
        }

        if (which is "xlsx")
        {
            failed |= MonitoringBenchmark.XlsxMemory() ? 0 : 1;
            failed |= XlsxLibraryBenchmark.Run();
        }

        if (which is "xlsx-ours")
        {
            XlsxLibraryBenchmark.WriteOurs(); // the child process of the xlsx comparison
            return 0;
        }

        return which is "all" or "import" or "monitoring" or "exports" or "rush" or "xlsx" or "access" or "suggestions" ? failed : 2;
    }
}
