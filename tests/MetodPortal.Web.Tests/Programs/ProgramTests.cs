using System.Net;
using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs;

public sealed class ProgramTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Assessment = "Формирующее оценивание на уроке";

    private async Task<int> CompletionsAsync()
    {
        await using var db = factory.Db();
        return await db.ProgramCompletions.CountAsync();
    }

    private async Task<int> ProgramIdAsync(string title)
    {
        await using var db = factory.Db();
        return await db.ProfessionalPrograms.Where(p => p.Title == title).Select(p => p.Id).SingleAsync();
    }

    private static async Task<string> SummaryAsync(HttpResponseMessage response) =>
        (await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector("#validation-summary")?.TextContent ?? "(no summary)";

    [Fact]
    public async Task TheRegionalMethodistKeepsTheRegistryAndTheMinimumHoursAreChecked()
    {
        using var cnppm = await factory.LoginAsync("cnppm@demo.local");
        (string, string)[] Program(string kind, string hours) =>
            [("Title", "Цифровая образовательная среда"), ("Provider", "ХК ИРО"), ("Kind", kind), ("Format", "Distance"), ("Hours", hours)];

        Assert.Contains("не менее 16 часов", await SummaryAsync(await cnppm.PostAsync("/programs/create", Program("AdvancedTraining", "8"))));
        Assert.Contains("не менее 250 часов", await SummaryAsync(await cnppm.PostAsync("/programs/create", Program("Retraining", "72"))));
        var withProtocol = await cnppm.PostAsync("/programs/create", [.. Program("AdvancedTraining", "36"), ("ExpertiseProtocolNumber", "РУМО-1")]);
        Assert.Contains("дату протокола", await SummaryAsync(withProtocol));
        Assert.Equal(HttpStatusCode.Redirect, (await cnppm.PostAsync("/programs/create", Program("AdvancedTraining", "36"))).StatusCode);

        // Others read the registry but do not keep it.
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        Assert.NotEmpty((await methodist.GetPageAsync("/programs")).QuerySelectorAll("#programs tbody tr"));
        Assert.Equal(HttpStatusCode.Forbidden, (await methodist.GetAsync("/programs/create")).StatusCode);

        // A programme someone has completed is not deleted.
        var used = await ProgramIdAsync(Assessment);
        Assert.Equal(HttpStatusCode.Redirect, (await cnppm.PostAsync($"/programs/{used}/delete")).StatusCode);
        Assert.NotEqual(0, await ProgramIdAsync(Assessment));
    }

    [Fact]
    public async Task ASchoolAdministratorRecordsACompletionOnTheCardAndItJoinsTheTimeline()
    {
        using var school = await factory.LoginAsync("school@demo.local");
        var organization = await factory.OrganizationAsync(Seeded.KhvSchool);
        var educator = (await factory.StaffOfAsync(Seeded.KhvSchool))[7];
        var program = await ProgramIdAsync(Assessment);
        (string, string)[] Completion(string date) =>
            [("EducatorId", educator.Id.Id()), ("OrganizationId", organization.Id.Id()), ("ProgramId", program.Id()), ("CompletedOn", date),
                ("CertificateNumber", "272400999001")];
        var before = await CompletionsAsync();

        Assert.Contains("будущем", await SummaryAsync(await school.PostAsync("/programs/completions/add", Completion("2099-01-01"))));
        Assert.Equal(HttpStatusCode.Redirect, (await school.PostAsync("/programs/completions/add", Completion("2026-10-30"))).StatusCode);
        Assert.Contains("уже записано", await SummaryAsync(await school.PostAsync("/programs/completions/add", Completion("2026-10-30"))));
        Assert.Equal(before + 1, await CompletionsAsync());

        var card = await school.GetPageAsync($"/staff/{educator.Id}");
        var course = card.QuerySelectorAll("#timeline li.timeline-course").Select(li => li.TextContent).ToList();
        Assert.Contains(course, t => t.Contains(Assessment, StringComparison.Ordinal) && t.Contains("30.10.2026", StringComparison.Ordinal)
            && t.Contains("272400999001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheImportIsAllOrNothingWithAnErrorPerRowAndLoadingItAgainChangesNothing()
    {
        using var school = await factory.LoginAsync("school@demo.local");
        var organization = await factory.OrganizationAsync(Seeded.KhvSchool);
        var staff = await factory.StaffOfAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var numbers = await db.Employments.Where(e => e.OrganizationId == organization.Id && e.PersonnelNumber != null).OrderBy(e => e.Id)
            .Select(e => e.PersonnelNumber!).Take(2).ToListAsync();
        var byName = staff[5];
        object?[] Row(string? number, string? last, string? first, DateOnly? birth, string program, object? date, string? certificate) =>
            [number, last, first, null, birth, program, date, certificate];
        var good = new List<IReadOnlyList<object?>>
        {
            Row(numbers[0], null, null, null, Assessment, new DateOnly(2026, 3, 12), "272400100001"),
            Row(numbers[1], null, null, null, Assessment.ToUpperInvariant(), new DateOnly(2026, 3, 12), null),
            new object?[] { null, byName.LastName, byName.FirstName, byName.MiddleName, byName.BirthDate, Assessment, new DateOnly(2026, 4, 2),
                "272400100003" },
        };
        var bad = new List<IReadOnlyList<object?>>(good)
        {
            Row("НЕТ-ТАКОГО", null, null, null, Assessment, new DateOnly(2026, 3, 12), null),
            Row(numbers[0], null, null, null, "Несуществующая программа", new DateOnly(2026, 3, 12), null),
            Row(numbers[1], null, null, null, Assessment, "вчера", null),
        };
        var before = await CompletionsAsync();

        var ticket = WorkNotes.NewTicket();
        var refused = await school.PostFileAsync("/programs/completions/import", StaffFiles.Xlsx(bad, ImportCompletions.Columns),
            ("organizationId", organization.Id.Id()), ("progressTicket", ticket));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Готово — строк: 6 из 6, ошибок: 3", (await school.ProgressNoteAsync(ticket))!.Value.GetProperty("text").GetString());
        var errors = (await PortalClient.ParseAsync(await refused.Content.ReadAsStringAsync())).QuerySelectorAll("#error-table tbody tr")
            .Select(r => r.TextContent).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Contains("НЕТ-ТАКОГО", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("нет в реестре", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("не дата", StringComparison.Ordinal));
        Assert.Equal(before, await CompletionsAsync());

        var file = StaffFiles.Xlsx(good, ImportCompletions.Columns);
        var loaded = await school.PostFileAsync("/programs/completions/import", file, ("organizationId", organization.Id.Id()));
        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        Assert.Equal(before + 3, await CompletionsAsync());
        var again = await PortalClient.ParseAsync(await (await school.PostFileAsync("/programs/completions/import", file,
            ("organizationId", organization.Id.Id()))).Content.ReadAsStringAsync());
        Assert.Equal(("0", "3"), (again.QuerySelector("#added")!.TextContent, again.QuerySelector("#updated")!.TextContent));
        Assert.Equal(before + 3, await CompletionsAsync());
    }

    [Fact]
    public async Task An_imported_completion_of_a_linked_cohorts_programme_reports_the_ИОМ_item()
    {
        var area = await Routes.UseCases.OfferArrange.AreaAsync(factory, "Школьная медиация");
        var program = await Routes.UseCases.OfferArrange.ProgramAsync(factory, "Медиация в школе", area);
        var cohort = await Routes.UseCases.OfferArrange.CohortAsync(factory, program, null);
        var (id, item) = await Routes.UseCases.OfferArrange.RouteAsync(factory, Domain.Routes.RouteStatus.InProgress, area);
        await Routes.UseCases.OfferArrange.LinkAsync(factory, item, Domain.Routes.OfferKind.Cohort, cohort);
        await using var db = factory.Db();
        var educator = await db.Educators.SingleAsync(e => e.Id == db.Routes.Single(r => r.Id == id).EducatorId);
        var organization = await factory.OrganizationAsync(Seeded.KhvSchool);
        using var school = await factory.LoginAsync("school@demo.local");

        var file = StaffFiles.Xlsx([[null, educator.LastName, educator.FirstName, educator.MiddleName, educator.BirthDate, "Медиация в школе",
            new DateOnly(2026, 11, 3), "272400555000"]], ImportCompletions.Columns);
        Assert.Equal(HttpStatusCode.OK, (await school.PostFileAsync("/programs/completions/import", file, ("organizationId", organization.Id.Id())))
            .StatusCode);

        var reported = await Routes.UseCases.OfferArrange.ItemAsync(factory, item);
        Assert.Equal(Domain.Routes.RouteItemStatus.Reported, reported.Status);
        Assert.Equal(await db.ProgramCompletions.Where(c => c.ProgramId == program).Select(c => (int?)c.Id).SingleAsync(), reported.CompletionId);
    }
}
