using System.Diagnostics;
using System.Globalization;
using MetodPortal.Reports.Excel;

namespace MetodPortal.Bench;

/// <summary>
/// The portal's xlsx writer (<see cref="XlsxWriter"/>: sheets by XmlWriter, the other parts by the OpenXML SDK 3.3.0, into a zip) against ClosedXML
/// 0.95.4, the only ClosedXML the registry serves, on the same 25,000 × 12 workbook. Each writes in a process of its
/// own (they need different OpenXml versions, and a fresh process makes the peak memory comparable).
/// </summary>
internal static class XlsxLibraryBenchmark
{
    public static int Run()
    {
        Console.WriteLine($"xlsx writers: {XlsxRows.Count:N0} rows × {XlsxRows.Headers.Length} columns, each in a fresh process");
        var ours = Child("dotnet", [typeof(Program).Assembly.Location, "xlsx-ours"]);
        var closedXml = Child("dotnet", [ClosedXmlDll]);
        Console.WriteLine("  | writer | time | peak memory over start | file |");
        Console.WriteLine("  | --- | --- | --- | --- |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  | the portal's XlsxWriter (XmlWriter sheets, OpenXML SDK 3.3.0 parts) | {ours.Seconds:F2} s | +{ours.MiB:F0} MiB | {ours.Bytes / 1024} KiB |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  | ClosedXML 0.95.4 (OpenXml 2.20), no AdjustToContents | {closedXml.Seconds:F2} s | +{closedXml.MiB:F0} MiB | {closedXml.Bytes / 1024} KiB |"));
        var ok = ours.Seconds < closedXml.Seconds && ours.MiB < closedXml.MiB;
        Console.WriteLine(ok ? "  the portal's writer is faster and smaller: keep it"
            : "  TARGET MISSED: ClosedXML is not slower and larger any more — reconsider");
        return ok ? 0 : 1;
    }

    /// <summary>Run as «xlsx-ours»: the portal's writer on the benchmark workbook.</summary>
    public static void WriteOurs() =>
        XlsxRows.MeasureAndPrint(path =>
        {
            using var file = File.Create(path);
            using var xlsx = new XlsxWriter(file);
            var columns = XlsxRows.Headers.Select((h, i) => new XlsxColumn(h,
                XlsxRows.DateColumns.Contains(i) ? XlsxKind.Date : i == XlsxRows.IntegerColumn ? XlsxKind.Integer : XlsxKind.Text)).ToList();
            xlsx.AddSheet("Сотрудники", columns, XlsxRows.Rows());
        });

    private static string ClosedXmlDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal) ? "Release" : "Debug";
            var dll = Path.Combine(Testing.Repository.Root, "bench", "MetodPortal.Bench.ClosedXml", "bin", configuration, "net10.0",
                "MetodPortal.Bench.ClosedXml.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"build bench/MetodPortal.Bench.ClosedXml ({configuration}) first", dll);
        }
    }

    private static (double Seconds, double MiB, long Bytes) Child(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        var parts = line.Split(';');
        if (process.ExitCode != 0 || parts.Length != 3)
        {
            throw new InvalidOperationException($"{Path.GetFileName(args[0])} failed ({process.ExitCode}): {output}{error}");
        }

        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture),
            long.Parse(parts[2], CultureInfo.InvariantCulture));
    }
}
