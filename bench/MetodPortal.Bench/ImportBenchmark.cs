// Staff import benchmark (issue 3): the real portal over HTTP on a throwaway PostgreSQL, as a user would upload.
//   dotnet run -c Release --project bench/MetodPortal.Bench -- import
// Targets: 5,000 rows into one school under 5 s; 25,000 rows across a municipality's organizations under 20 s.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Organizations;
using MetodPortal.Reports.Excel;
using MetodPortal.Testing;
using MetodPortal.Web.Areas.Staff.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Bench;

internal static class ImportBenchmark
{
    public static async Task<int> RunAsync()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("bench");
        await using var portal = new BenchPortal(connectionString, demo: true);

        List<Organization> khabarovsk;
        await using (var db = PortalData.CreateContext(connectionString, CurrentUser.System))
        {
            khabarovsk = await db.Organizations.Where(o => o.Municipality!.Code == "KHV"
                && o.Level == OrganizationLevel.Institutional).OrderBy(o => o.Id).ToListAsync();
        }

        var school = khabarovsk.Single(o => o.ShortName == "МАОУ «СШ № 12»");
        var oneSchool = Rows(5_000, 0, _ => null);
        var municipality = Rows(25_000, 100_000, i => khabarovsk[i % khabarovsk.Count].ShortName);
        XlsxColumn[] withOrganization = [.. StaffSheet.Template, new(StaffSheet.Organization)];

        Console.WriteLine($"Staff import benchmark, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var schoolAdmin = await portal.LoginAsync("school@demo.local");
        var coordinator = await portal.LoginAsync("coordinator@demo.local");

        // Baseline in the same run: reading and checking the file alone, without the database (what no import can avoid).
        var oneSchoolFile = Xlsx(oneSchool, StaffSheet.Template);
        XlsxReader.ReadFirstSheet(new MemoryStream(oneSchoolFile), ImportStaff.MaxRows);
        var baseline = Time(() => XlsxReader.ReadFirstSheet(new MemoryStream(oneSchoolFile), ImportStaff.MaxRows));

        // Warm-up: a running portal has its code compiled; the first request of a fresh process would time the JIT.
        await ImportAsync(schoolAdmin, Xlsx(Rows(300, 900_000, _ => null), StaffSheet.Template), school.Id);

        var first = await ImportAsync(schoolAdmin, Xlsx(oneSchool, StaffSheet.Template), school.Id);
        var again = await ImportAsync(schoolAdmin, Xlsx(oneSchool, StaffSheet.Template), school.Id);
        var wide = await ImportAsync(coordinator, Xlsx(municipality, withOrganization), null);

        Report("5,000 rows → one school (new)", first, 5.0);
        Report("5,000 rows → one school (same file again)", again, 5.0);
        Report($"25,000 rows → {khabarovsk.Count} organizations of город Хабаровск", wide, 20.0);
        Console.WriteLine($"  baseline: reading the 5,000-row file alone {baseline:F2} s; the first import is {first.Seconds / baseline:F1}× that");
        return first.Ok && again.Ok && wide.Ok && first.Seconds < 5 && wide.Seconds < 20 ? 0 : 1;

        static List<object?[]> Rows(int count, int offset, Func<int, string?> organization) =>
            Enumerable.Range(0, count).Select(i =>
            {
                var n = i + offset;
                var birth = new DateOnly(1960, 1, 1).AddDays(n % 14_000);
                object?[] row =
                [
                    $"Фамилия{n}", $"Имя{n % 97}", $"Отчество{n % 89}", birth, n % 10 == 0 ? "воспитатель" : "учитель", "нет",
                    (n % 4) switch { 0 => "высшая", 1 => "первая", 2 => "соответствие занимаемой должности", _ => "без категории" },
                    n % 4 == 3 ? null : new DateOnly(2023, 1, 1).AddDays(n % 700), birth.AddYears(23), $"B{n}", null,
                ];
                return organization(i) is { } name ? [.. row, name] : row;
            }).ToList();

        static byte[] Xlsx(List<object?[]> rows, IReadOnlyList<XlsxColumn> columns)
        {
            using var stream = new MemoryStream();
            using (var writer = new XlsxWriter(stream))
            {
                writer.AddSheet("Сотрудники", columns, rows);
            }

            return stream.ToArray();
        }

        static double Time(Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            return watch.Elapsed.TotalSeconds;
        }

        static void Report(string name, (bool Ok, double Seconds, string Summary) run, double target) =>
            Console.WriteLine($"  {name}: {run.Seconds:F2} s (target < {target:F0} s, {run.Seconds / target * 100:F0}% of it) — "
                + $"{run.Summary}{(run.Ok ? "" : " FAILED")}");

        async Task<(bool Ok, double Seconds, string Summary)> ImportAsync(HttpClient client, byte[] file, int? organizationId)
        {
            var token = BenchPortal.Token(await client.GetStringAsync("/staff/import"));
            using var content = new MultipartFormDataContent();
            var bytes = new ByteArrayContent(file);
            bytes.Headers.ContentType = new MediaTypeHeaderValue(global::MetodPortal.Reports.Excel.XlsxWriter.ContentType);
            content.Add(bytes, "file", "staff.xlsx");
            content.Add(new StringContent(token), "__RequestVerificationToken");
            if (organizationId is { } id)
            {
                content.Add(new StringContent(id.ToString(CultureInfo.InvariantCulture)), "organizationId");
            }

            var watch = Stopwatch.StartNew();
            var response = await client.PostAsync("/staff/import", content);
            var html = await response.Content.ReadAsStringAsync();
            var seconds = watch.Elapsed.TotalSeconds;
            string Count(string id) => Regex.Match(html, $"id=\"{id}\">(\\d+)<").Groups[1].Value;
            return response.IsSuccessStatusCode
                ? (true, seconds, $"added {Count("added")}, updated {Count("updated")}, unchanged {Count("unchanged")}")
                : (false, seconds, $"HTTP {(int)response.StatusCode}");
        }
    }
}
