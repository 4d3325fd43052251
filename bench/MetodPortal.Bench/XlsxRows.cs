using System.Diagnostics;
using System.Globalization;

namespace MetodPortal.Bench;

/// <summary>
/// The workbook both xlsx writers are measured on: 25,000 people × 12 columns, the staff export's shape. Compiled into
/// the ClosedXML benchmark too (it cannot reference the portal: ClosedXML 0.95.4 needs OpenXml 2.x).
/// </summary>
internal static class XlsxRows
{
    public const int Count = 25_000;

    public static readonly string[] Headers =
        ["Фамилия", "Имя", "Отчество", "Дата рождения", "Должность", "Организация", "Муниципалитет", "Категория", "Дата категории", "Стаж, лет",
            "Табельный номер", "Почта"];

    /// <summary>Which columns hold dates (3, 8) and whole numbers (9); the rest is text.</summary>
    public static readonly int[] DateColumns = [3, 8];
    public const int IntegerColumn = 9;

    public static IEnumerable<object?[]> Rows() =>
        Enumerable.Range(0, Count).Select(i => new object?[]
        {
            $"Фамилия{i:D5}", "Анна", "Ивановна", new DateOnly(1970, 1, 1).AddDays(i % 15_000), "учитель",
            $"МБОУ СОШ № {(i % 800) + 1}", $"Муниципальный район {(i % 19) + 1}", "первая", new DateOnly(2020, 1, 1).AddDays(i % 1_500), i % 40,
            $"T-{i}", $"user{i}@school.example",
        });

    /// <summary>Writes the workbook with <paramref name="write"/> in this process and prints «seconds;MiB» (time; peak working set over the start).</summary>
    public static void MeasureAndPrint(Action<string> write)
    {
        var path = Path.Combine(Path.GetTempPath(), $"xlsx-bench-{Guid.NewGuid():N}.xlsx");
        try
        {
            using var self = Process.GetCurrentProcess();
            GC.Collect();
            self.Refresh();
            var before = self.WorkingSet64;
            var watch = Stopwatch.StartNew();
            write(path);
            watch.Stop();
            self.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{watch.Elapsed.TotalSeconds:F2};{(self.PeakWorkingSet64 - before) / 1024.0 / 1024:F0};{new FileInfo(path).Length}"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
