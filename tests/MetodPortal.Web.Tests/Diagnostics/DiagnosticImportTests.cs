using System.Net;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Diagnostics;

public sealed class DiagnosticImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Task<HttpResponseMessage> ImportAsync(PortalClient client, byte[] file, int instrumentId, int organizationId,
        params (string, string)[] fields) =>
        client.PostFileAsync("/diagnostics/import", file, [("instrumentId", instrumentId.Id()), ("organizationId", organizationId.Id()), .. fields]);

    private async Task<(int Diagnostics, int Scores, int Deficits)> CountsAsync()
    {
        await using var db = factory.Db();
        return (await db.Diagnostics.CountAsync(), await db.DiagnosticScores.CountAsync(), await db.DiagnosticDeficits.CountAsync());
    }

    [Fact]
    public async Task TheTemplateHasOneColumnPerAreaOfTheInstrument()
    {
        var instrument = await factory.InstrumentAsync(SeededDiagnostics.MethodicalCase);
        using var client = await factory.LoginAsync("methodist@demo.local");

        var response = await client.GetAsync($"/diagnostics/import/template?instrumentId={instrument.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var header = XlsxReader.ReadFirstSheet(await response.Content.ReadAsStreamAsync(), 5).Single().Cells;
        Assert.Equal(
            "Табельный номер|Фамилия|Имя|Отчество|Дата рождения|Дата диагностики|Кто проводил|Методические компетенции (0–10)|Коммуникативные "
                + "компетенции (0–10)|Цифровые компетенции (0–10)",
            string.Join('|', header));
    }

    [Fact]
    public async Task AGoodFileAddsDiagnosticsWithDeficitsAndLoadingItAgainUpdatesThemInPlace()
    {
        var instrument = await factory.InstrumentAsync(SeededDiagnostics.MethodicalCase);
        var gymnasium = await factory.OrganizationAsync(Seeded.KhvGymnasium);
        await using var db = factory.Db();
        var staff = await db.Employments.AsNoTracking().Include(e => e.Educator).Where(e => e.OrganizationId == gymnasium.Id && e.PersonnelNumber != null)
            .OrderBy(e => e.Id).Take(2).ToListAsync();
        var byName = staff[1].Educator!;
        var file = Xlsx(ImportDiagnostics.Columns(instrument),
        [
            [staff[0].PersonnelNumber, null, null, null, null, new DateOnly(2026, 10, 20), "Комиссия МАУ «ЦРО»", 5.5m, 6, 10],
            [null, byName.LastName, byName.FirstName, byName.MiddleName, byName.BirthDate, "20.10.2026", "Комиссия МАУ «ЦРО»", "7,5", "2", "9"],
        ]);
        var before = await CountsAsync();
        using var client = await factory.LoginAsync("methodist@demo.local");

        var ticket = WorkNotes.NewTicket();
        var first = await ImportAsync(client, file, instrument.Id, gymnasium.Id, ("progressTicket", ticket));
        var again = await ImportAsync(client, file, instrument.Id, gymnasium.Id);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Готово — строк: 2", (await client.ProgressNoteAsync(ticket))!.Value.GetProperty("text").GetString());
        var page = await PortalClient.ParseAsync(await first.Content.ReadAsStringAsync());
        Assert.Equal("2", page.QuerySelector("#added")!.TextContent);
        var repeat = await PortalClient.ParseAsync(await again.Content.ReadAsStringAsync());
        Assert.Equal("2", repeat.QuerySelector("#updated")!.TextContent);
        Assert.Equal((before.Diagnostics + 2, before.Scores + 6, before.Deficits + 2), await CountsAsync());
        var deficits = await db.DiagnosticDeficits.Where(x => db.Diagnostics.Any(d => d.Id == x.DiagnosticId && d.InstrumentId == instrument.Id
            && d.Date == new DateOnly(2026, 10, 20) && (d.EducatorId == staff[0].EducatorId || d.EducatorId == byName.Id)))
            .Select(x => x.CompetenceArea!.Name).OrderBy(n => n).ToListAsync();
        Assert.Equal(["Коммуникативные компетенции", "Методические компетенции"], deficits);
    }

    [Fact]
    public async Task OneBadRowLoadsNothingAndEveryErrorIsListed()
    {
        var instrument = await factory.InstrumentAsync(SeededDiagnostics.MethodicalCase);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var educator = await factory.TeacherOfAsync(Seeded.KhvSchool, skip: 6);
        var file = Xlsx(ImportDiagnostics.Columns(instrument),
        [
            [null, educator.LastName, educator.FirstName, educator.MiddleName, educator.BirthDate, new DateOnly(2026, 10, 21), "Громова Т. А.", 5, 5, 5],
            ["НЕТ-ТАКОГО", null, null, null, null, new DateOnly(2026, 10, 21), "Громова Т. А.", 5, 5, 5],
            [null, educator.LastName, educator.FirstName, educator.MiddleName, educator.BirthDate, new DateOnly(2030, 1, 1), null, 11, "x", null],
        ]);
        var before = await CountsAsync();
        using var client = await factory.LoginAsync("methodist@demo.local");

        var response = await ImportAsync(client, file, instrument.Id, school.Id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        var rows = page.QuerySelectorAll("#error-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("НЕТ-ТАКОГО", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith('4') && r.Contains("в будущем", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith('4') && r.Contains("больше максимального", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith('4') && r.Contains("не число", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith('4') && r.Contains("Кто проводил", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AFileForAnotherInstrumentIsRefusedByItsHeaders()
    {
        var efom = await factory.InstrumentAsync(SeededDiagnostics.Efom);
        var caseStudy = await factory.InstrumentAsync(SeededDiagnostics.MethodicalCase);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        using var client = await factory.LoginAsync("cnppm@demo.local");

        var response = await ImportAsync(client,
            Xlsx(ImportDiagnostics.Columns(efom), [["1", null, null, null, null, new DateOnly(2026, 1, 1), "x", 1, 1, 1, 1]]), caseStudy.Id, school.Id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Скачайте шаблон для этого материала", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherMunicipalitysOrganizationIsNotFound()
    {
        var instrument = await factory.InstrumentAsync(SeededDiagnostics.MethodicalCase);
        var kms = await factory.OrganizationAsync(Seeded.KmsSchool);
        using var client = await factory.LoginAsync("methodist@demo.local");

        var response = await ImportAsync(client, Xlsx(ImportDiagnostics.Columns(instrument), []), instrument.Id, kms.Id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static byte[] Xlsx(IReadOnlyList<XlsxColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream))
        {
            writer.AddSheet("Результаты", columns, rows);
        }

        return stream.ToArray();
    }
}
