using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Staff.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Staff;

public sealed class StaffImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(int Educators, int Employments, int Audit)> CountsAsync()
    {
        await using var db = factory.Db();
        return (await db.Educators.CountAsync(), await db.Employments.CountAsync(), await db.AuditEntries.CountAsync(a => a.EntityType != "AppUser"));
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    [Fact]
    public async Task TemplateHasExactlyTheElevenHeaders()
    {
        using var client = await factory.LoginAsync("school@demo.local");
        var response = await client.GetAsync("/staff/import/template");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var rows = XlsxReader.ReadFirstSheet(await response.Content.ReadAsStreamAsync(), 10);
        Assert.Equal(
            "Фамилия|Имя|Отчество|Дата рождения|Должность|Руководитель|Квалификационная категория|Дата присвоения категории|Дата начала педагогической "
                + "деятельности|Табельный номер|Email",
            string.Join('|', rows.Single().Cells));
    }

    [Fact]
    public async Task ImportAddsRowsAndReimportingTheSameFileChangesNothing()
    {
        using var client = await factory.LoginAsync("school2@demo.local");
        var file = StaffFiles.Xlsx([
            StaffFiles.Row("Абрамова", "Вера", new DateOnly(1985, 4, 12), number: "T-1"),
            StaffFiles.Row("Борисов", "Глеб", new DateOnly(1999, 1, 30), "педагог-психолог", "T-2", middle: "Олегович",
                professionStart: new DateOnly(2021, 9, 1)),
            StaffFiles.Row("Гусева", "Дина", new DateOnly(1970, 7, 7), "директор", "T-3", head: "да", category: "высшая"),
        ]);

        var first = await client.ImportAsync(file);
        Assert.True(first.StatusCode == HttpStatusCode.OK, (await PortalClient.ParseAsync(await TextAsync(first))).QuerySelector("#error-table")?.TextContent);
        var page = await PortalClient.ParseAsync(await TextAsync(first));
        Assert.Equal("3", page.QuerySelector("#added")!.TextContent);
        var after = await CountsAsync();

        var second = await client.ImportAsync(file);
        page = await PortalClient.ParseAsync(await TextAsync(second));
        Assert.Equal("0", page.QuerySelector("#added")!.TextContent);
        Assert.Equal("0", page.QuerySelector("#updated")!.TextContent);
        Assert.Equal("3", page.QuerySelector("#unchanged")!.TextContent);
        Assert.Equal(after, await CountsAsync());

        await using var db = factory.Db();
        var head = await db.Educators.SingleAsync(e => e.LastName == "Гусева");
        Assert.True(head.IsHead);
        Assert.Equal(Domain.Staff.QualificationCategory.Highest, head.Category);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Educator" && a.EntityId == head.Id.ToString() && a.UserName == "school2@demo.local"));
    }

    [Fact]
    public async Task ExportedListImportsBackWithoutChanges()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        using var client = await factory.LoginAsync("school@demo.local");
        var export = await client.GetAsync($"/staff/export?organizationId={school.Id}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var exportedRows = XlsxReader.ReadFirstSheet(new MemoryStream(bytes), 100).Count - 1;
        Assert.True(exportedRows >= 10);
        var before = await CountsAsync();

        var response = await client.ImportAsync(bytes);

        var page = await PortalClient.ParseAsync(await TextAsync(response));
        Assert.True(page.QuerySelector("#import-summary") is not null, page.QuerySelector("#import-errors")?.TextContent);
        Assert.Equal("0", page.QuerySelector("#added")!.TextContent);
        Assert.Equal("0", page.QuerySelector("#updated")!.TextContent);
        Assert.Equal(exportedRows.ToString(), page.QuerySelector("#unchanged")!.TextContent);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AFileWithThreeBadRowsListsThreeErrorsAndWritesNothing()
    {
        using var client = await factory.LoginAsync("school2@demo.local");
        var file = StaffFiles.Xlsx([
            StaffFiles.Row("Хорошая", "Строка", new DateOnly(1990, 1, 1)),
            ["Плохая", "Дата", null, "31.02.1990", "учитель", "нет", "первая", null, null, null, null],
            StaffFiles.Row("Плохая", "Должность", new DateOnly(1990, 1, 1), position: "космонавт"),
            StaffFiles.Row("Плохой", "Руководитель", new DateOnly(1990, 1, 1), head: "может быть"),
            StaffFiles.Row("Ещё", "Хорошая", new DateOnly(1991, 1, 1)),
        ]);
        var before = await CountsAsync();

        var response = await client.ImportAsync(file);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalClient.ParseAsync(await TextAsync(response));
        var errors = page.QuerySelectorAll("#error-table tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal(["3", "Дата рождения"], errors[0][..2]);
        Assert.Equal(["4", "Должность"], errors[1][..2]);
        Assert.Contains("учитель", errors[1][2], StringComparison.Ordinal); // the allowed values are listed
        Assert.Equal(["5", "Руководитель"], errors[2][..2]);
        Assert.Equal(before, await CountsAsync());
    }

    /// <summary>
    /// The kinds of bad file by name only: xunit serializes theory data at discovery, and a 10 MB array and a zip bomb
    /// held there made discovery take two minutes and, once, run the test host out of memory.
    /// </summary>
    public static TheoryData<string, string> BadFiles() => new()
    {
        { "not an xlsx", "не является книгой Excel" },
        { "empty", "Выберите файл" },
        { "headers only", "нет ни одной строки с данными" },
        { "wrong headers", "заголовки шаблона" },
        { "over 10 MB", "больше 10 МБ" },
        { "macro-enabled", "с макросами" },
        { "no sheet rows at all", "Файл пуст" },
        { "zip bomb", "слишком большой объём" },
    };

    private static byte[] BadFile(string kind) => kind switch
    {
        "not an xlsx" => "Фамилия;Имя\nИванов;Иван"u8.ToArray(),
        "empty" => [],
        "headers only" => StaffFiles.Xlsx([]),
        "wrong headers" => StaffFiles.Xlsx([["Иванов", "Иван"]], [new("ФИО"), new("Должность")]),
        "over 10 MB" => new byte[(10 * 1024 * 1024) + 1],
        "macro-enabled" => MinimalWorkbook(SpreadsheetDocumentType.MacroEnabledWorkbook),
        "no sheet rows at all" => MinimalWorkbook(SpreadsheetDocumentType.Workbook),
        "zip bomb" => ZipBomb(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadFilesAreRejectedWithAClearMessageAndWriteNothing(string kind, string message)
    {
        var file = BadFile(kind);
        using var client = await factory.LoginAsync("school@demo.local");
        var before = await CountsAsync();

        var response = await client.ImportAsync(file);

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, kind);
        Assert.Contains(message, (await PortalClient.ParseAsync(await TextAsync(response))).QuerySelector("#import-errors")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task MoreThanTwentyThousandRowsAreRejected()
    {
        using var client = await factory.LoginAsync("school@demo.local");
        var rows = Enumerable.Range(0,
            20_001).Select(i => (IReadOnlyList<object?>)StaffFiles.Row($"Фамилия{i}", "Имя", new DateOnly(1980, 1, 1).AddDays(i % 3000)));
        var before = await CountsAsync();

        var response = await client.ImportAsync(StaffFiles.Xlsx(rows));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("больше 20", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task TwentyThousandBadRowsAreListedRowByRowAndNothingIsWritten()
    {
        using var client = await factory.LoginAsync("school@demo.local");
        var rows = Enumerable.Range(0,
            20_000).Select(i => (IReadOnlyList<object?>)StaffFiles.Row($"Фамилия{i}", "Имя", new DateOnly(1980, 1, 1), position: "космонавт"));
        var before = await CountsAsync();

        var response = await client.ImportAsync(StaffFiles.Xlsx(rows));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalClient.ParseAsync(await TextAsync(response));
        Assert.Equal("20000", page.QuerySelector("#error-count")!.TextContent);
        // The page stays readable: the first thousand rows, and how many there are in all.
        Assert.Equal(1000, page.QuerySelectorAll("#error-table tbody tr").Length);
        Assert.Equal(["2", "Должность"], page.QuerySelector("#error-table tbody tr")!.Children.Take(2).Select(c => c.TextContent));
        Assert.Contains("первые 1000 ошибок из 20000", page.QuerySelector("#error-table")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task SchoolAdministratorCannotImportIntoAnotherOrganization()
    {
        var gymnasium = await factory.OrganizationAsync(Seeded.KhvGymnasium);
        var foreign = await factory.OrganizationAsync(Seeded.KmsSchool);
        using var client = await factory.LoginAsync("school@demo.local");
        var file = StaffFiles.Xlsx([StaffFiles.Row("Чужая", "Загрузка", new DateOnly(1990, 2, 2))]);
        var before = await CountsAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.ImportAsync(file, gymnasium.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.ImportAsync(file, foreign.Id)).StatusCode);
        Assert.Equal(before, await CountsAsync());

        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.ImportAsync(file, foreign.Id)).StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task APersonImportedAtTwoSchoolsIsOneEducator()
    {
        var birth = new DateOnly(1988, 6, 15);
        using var khabarovsk = await factory.LoginAsync("school@demo.local");
        using var komsomolsk = await factory.LoginAsync("school2@demo.local");

        Assert.Equal(HttpStatusCode.OK,
            (await khabarovsk.ImportAsync(StaffFiles.Xlsx([StaffFiles.Row("Двоякова", "Ксения", birth, number: "X-1")]))).StatusCode);
        var second = await komsomolsk.ImportAsync(StaffFiles.Xlsx([StaffFiles.Row("ДВОЯКОВА", "Ксения", birth, number: "Y-1")]));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("1", (await PortalClient.ParseAsync(await TextAsync(second))).QuerySelector("#matched-count")!.TextContent);

        await using var db = factory.Db();
        var person = await db.Educators.Include(e => e.Employments).SingleAsync(e => e.LastName.ToLower() == "двоякова");
        Assert.Equal(2, person.Employments.Count);

        // Each school sees the person, with a note that they work elsewhere too, but not where.
        var card = await komsomolsk.GetPageAsync($"/staff/{person.Id}");
        Assert.NotNull(card.QuerySelector("#matched-note"));
        Assert.DoesNotContain(Seeded.KhvSchool, card.QuerySelector("#employments")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoordinatorImportsAcrossTheMunicipalityByTheOrganizationColumn()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var gymnasium = await factory.OrganizationAsync(Seeded.KhvGymnasium);
        using var client = await factory.LoginAsync("coordinator@demo.local");
        XlsxColumn[] columns = [.. StaffSheet.Template, new(StaffSheet.Organization)];
        var file = StaffFiles.Xlsx(
        [
            [.. StaffFiles.Row("Муниципальная", "Первая", new DateOnly(1980, 3, 3)), school.Inn],
            [.. StaffFiles.Row("Муниципальная", "Вторая", new DateOnly(1981, 4, 4)), gymnasium.ShortName],
        ], columns);

        var response = await client.ImportAsync(file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = factory.Db();
        Assert.Equal(school.Id, await db.Employments.Where(e => e.Educator!.FirstName == "Первая").Select(e => e.OrganizationId).SingleAsync());
        Assert.Equal(gymnasium.Id, await db.Employments.Where(e => e.Educator!.FirstName == "Вторая").Select(e => e.OrganizationId).SingleAsync());
    }

    /// <summary>A workbook with one empty sheet, of the given kind (a plain book or a macro-enabled one).</summary>
    private static byte[] MinimalWorkbook(SpreadsheetDocumentType type)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, type))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData());
            workbook.Workbook.Sheets!.AppendChild(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Лист1" });
        }

        return stream.ToArray();
    }

    /// <summary>A valid staff list with one more part that inflates from a few kilobytes to 64 MB.</summary>
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        stream.Write(StaffFiles.Xlsx([StaffFiles.Row("Иванова", "Анна", new DateOnly(1990, 1, 1))]));
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        using (var padding = zip.CreateEntry("xl/media/padding.bin", System.IO.Compression.CompressionLevel.Optimal).Open())
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                padding.Write(zeros);
            }
        }

        return stream.ToArray();
    }
}
