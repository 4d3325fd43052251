using System.Globalization;
using System.Net;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Staff;

public sealed class StaffPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Educator> OnlyAtAsync(string organizationShortName)
    {
        await using var db = factory.Db();
        var organization = await db.Organizations.SingleAsync(o => o.ShortName == organizationShortName);
        return await db.Educators.AsNoTracking().Include(e => e.Employments)
            .FirstAsync(e => e.Employments.All(x => x.OrganizationId == organization.Id) && e.Employments.Any());
    }

    [Fact]
    public async Task AnotherOrganizationsEducatorAnswers404AndStaysUnchanged()
    {
        var foreign = await OnlyAtAsync(Seeded.KmsSchool);
        var job = foreign.Employments.Single();
        using var client = await factory.LoginAsync("school@demo.local");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/staff/{foreign.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/staff/{foreign.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/staff/{foreign.Id}/edit",
            ("LastName", "Захвачен"), ("FirstName", "Х"), ("BirthDate", "1980-01-01"), ("Position", "Teacher"), ("Category", "None"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/staff/{foreign.Id}/employments/{job.Id}/end", ("EndDate", Iso(Today)))).StatusCode);

        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/staff/{foreign.Id}")).StatusCode);

        await using var db = factory.Db();
        var after = await db.Educators.Include(e => e.Employments).SingleAsync(e => e.Id == foreign.Id);
        Assert.Equal(foreign.LastName, after.LastName);
        Assert.Null(after.Employments.Single().EndDate);
    }

    [Fact]
    public async Task SchoolListShowsOnlyItsOwnStaff()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        using var client = await factory.LoginAsync("school@demo.local");

        var rows = (await client.GetPageAsync("/staff")).QuerySelectorAll("#staff-table tbody tr");

        await using var db = factory.Db();
        var expected = await db.Educators.CountAsync(e => e.Employments.Any(x => x.OrganizationId == school.Id && x.EndDate == null));
        Assert.Equal(expected, rows.Length);
    }

    [Fact]
    public async Task YoungAndFirstYearsFlagsHoldOnTheirBoundaryDays()
    {
        using var client = await factory.LoginAsync("school2@demo.local");
        var file = StaffFiles.Xlsx([
            StaffFiles.Row("Граница", "Тридцатьпять", Today.AddYears(-35), number: "B-1", professionStart: Today.AddYears(-3)),
            StaffFiles.Row("Граница", "Молодая", Today.AddYears(-35).AddDays(1), number: "B-2", professionStart: Today.AddYears(-3).AddDays(1)),
        ]);
        Assert.Equal(HttpStatusCode.OK, (await client.ImportAsync(file)).StatusCode);

        var young = (await client.GetPageAsync("/staff?q=Граница&young=true")).QuerySelectorAll("#staff-table tbody tr");
        Assert.Equal("Граница Молодая Ивановна", Assert.Single(young).QuerySelector("a")!.TextContent);
        var firstYears = (await client.GetPageAsync("/staff?q=Граница&firstYears=true")).QuerySelectorAll("#staff-table tbody tr");
        Assert.Equal("Граница Молодая Ивановна", Assert.Single(firstYears).QuerySelector("a")!.TextContent);

        await using var db = factory.Db();
        var thirtyFive = await db.Educators.SingleAsync(e => e.FirstName == "Тридцатьпять");
        var card = await client.GetPageAsync($"/staff/{thirtyFive.Id}");
        Assert.Equal("35", card.QuerySelector("#age")!.TextContent);
        Assert.Equal("3", card.QuerySelector("#years")!.TextContent);
        Assert.DoesNotContain("молодой педагог", card.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatingAPersonWhoWorksElsewhereAddsAnEmploymentInsteadOfADuplicate()
    {
        var existing = await OnlyAtAsync(Seeded.KmsSchool);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        using var client = await factory.LoginAsync("school@demo.local");

        var response = await client.PostAsync("/staff/create",
            ("LastName", existing.LastName.ToUpperInvariant()), ("FirstName", existing.FirstName), ("MiddleName", existing.MiddleName ?? ""),
            ("BirthDate", Iso(existing.BirthDate)), ("Position", "Teacher"), ("Category", existing.Category.ToString()),
            ("OrganizationId", school.Id.ToString(CultureInfo.InvariantCulture)), ("IsMain", "false"), ("PersonnelNumber", "MATCH-1"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/staff/{existing.Id}", response.Headers.Location!.OriginalString);
        var card = await client.GetPageAsync($"/staff/{existing.Id}");
        Assert.Contains("уже есть в реестре региона", card.QuerySelector("#flash")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.Db();
        Assert.Equal(2, await db.Employments.CountAsync(x => x.EducatorId == existing.Id));
        Assert.Equal(1, await db.Educators.CountAsync(e => e.MatchKey == existing.MatchKey));
    }

    [Fact]
    public async Task EndingAnEmploymentKeepsThePersonAndTheHistory()
    {
        var person = await OnlyAtAsync(Seeded.KhvGymnasium);
        var job = person.Employments.Single();
        using var client = await factory.LoginAsync("coordinator@demo.local");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/staff/{person.Id}/employments/{job.Id}/end")).StatusCode);
        var bad = await client.PostAsync($"/staff/{person.Id}/employments/{job.Id}/end", ("EndDate", Iso(job.StartDate!.Value.AddDays(-1))));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("раньше даты приёма", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = await client.PostAsync($"/staff/{person.Id}/employments/{job.Id}/end", ("EndDate", Iso(Today)));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        await using var db = factory.Db();
        Assert.Equal(Today, (await db.Employments.SingleAsync(x => x.Id == job.Id)).EndDate);
        Assert.True(await db.Educators.AnyAsync(e => e.Id == person.Id));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Employment" && a.EntityId == job.Id.ToString()
            && a.Action == Domain.Audit.AuditAction.Modified));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/staff?former=true&q={Uri.EscapeDataString(person.LastName)}")).StatusCode);
    }

    [Fact]
    public async Task EditValidatesInRussianAndSaves()
    {
        var person = await OnlyAtAsync(Seeded.KhvSchool);
        using var client = await factory.LoginAsync("school@demo.local");

        var bad = await client.PostAsync($"/staff/{person.Id}/edit", ("LastName", ""), ("FirstName", "Имя"), ("BirthDate", Iso(Today)),
            ("Position", "Teacher"), ("Category", "None"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Укажите фамилию", html, StringComparison.Ordinal);
        Assert.Contains("не меньше 16 лет", html, StringComparison.Ordinal);

        var ok = await client.PostAsync($"/staff/{person.Id}/edit",
            ("LastName", person.LastName), ("FirstName", person.FirstName), ("MiddleName", person.MiddleName ?? ""), ("BirthDate", Iso(person.BirthDate)),
            ("Position", person.Position.ToString()), ("Category", "Highest"), ("CategoryDate", "2025-05-20"), ("Email", "teacher@school12.test"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        await using var db = factory.Db();
        var after = await db.Educators.SingleAsync(e => e.Id == person.Id);
        Assert.Equal(QualificationCategory.Highest, after.Category);
        Assert.Equal("teacher@school12.test", after.Email);
    }

    [Fact]
    public async Task StaffPagesAreInTheMenuForTheRolesThatUseThem()
    {
        using var school = await factory.LoginAsync("school@demo.local");
        Assert.Contains("Сотрудники", (await school.GetPageAsync("/")).QuerySelector("#main-menu")!.TextContent, StringComparison.Ordinal);

        using var teacher = await factory.LoginAsync("teacher@demo.local");
        Assert.DoesNotContain("Сотрудники", (await teacher.GetPageAsync("/")).QuerySelector("#main-menu")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/staff")).StatusCode);

        using var methodist = await factory.LoginAsync("methodist@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await methodist.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await methodist.GetAsync("/staff/import")).StatusCode);
    }

    [Fact]
    public async Task ExportIsAnXlsxOfTheFilteredList()
    {
        using var client = await factory.LoginAsync("ministry@demo.local");
        var response = await client.GetAsync("/staff/export?head=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = MetodPortal.Reports.Excel.XlsxReader.ReadFirstSheet(await response.Content.ReadAsStreamAsync(), 1000);
        Assert.Equal("Организация", rows[0].Cells[11]);
        Assert.True(rows.Count > 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("да", r.Cells[5]));
    }

    [Fact]
    public async Task NamesSortAsRussiansExpectAndASearchTakesЁAsЕ()
    {
        using var client = await factory.LoginAsync("school2@demo.local");
        var file = StaffFiles.Xlsx([
            StaffFiles.Row("Яковлева", "Евлампия", new DateOnly(1980, 1, 1), number: "R-1"),
            StaffFiles.Row("Жукова", "Евлампия", new DateOnly(1980, 1, 2), number: "R-2"),
            StaffFiles.Row("Ёлкина", "Евлампия", new DateOnly(1980, 1, 3), number: "R-3"),
            StaffFiles.Row("Елисеева", "Евлампия", new DateOnly(1980, 1, 4), number: "R-4"),
        ]);
        Assert.Equal(HttpStatusCode.OK, (await client.ImportAsync(file)).StatusCode);

        // ICU's Russian order: Ё right after Е, not after Я (as C.UTF-8 would put it).
        static async Task<List<string>> NamesAsync(PortalClient client, string query) =>
            [.. (await client.GetPageAsync($"/staff?q={Uri.EscapeDataString(query)}")).QuerySelectorAll("#staff-table tbody tr a")
                .Select(a => a.TextContent.Split(' ')[0])];
        Assert.Equal(["Елисеева", "Ёлкина", "Жукова", "Яковлева"], await NamesAsync(client, "Евлампия"));

        // A search finds Ёлкина however ё and the case are typed, and Елисеева by «Ёлисеева».
        Assert.Equal(["Ёлкина"], await NamesAsync(client, "елкина"));
        Assert.Equal(["Ёлкина"], await NamesAsync(client, "ЁЛКИНА"));
        Assert.Equal(["Елисеева"], await NamesAsync(client, "Ёлисеева"));
    }
}
