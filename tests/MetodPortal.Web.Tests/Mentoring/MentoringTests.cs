using System.Net;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Mentoring;

public sealed class MentoringTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> CreateProgramAsync(PortalClient school, string from = "2026-09-01", string to = "2027-08-31")
    {
        var organization = await factory.OrganizationAsync(Seeded.KhvSchool);
        var response = await school.PostAsync("/mentoring/create",
            ("OrganizationId", organization.Id.Id()), ("Title", "Программа наставничества «Вместе»"), ("OrderNumber", "215-од"), ("OrderDate", "2026-08-28"),
            ("PeriodFrom", from), ("PeriodTo", to));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.CreatedId();
    }

    private static (string, string)[] Pair(Educator mentor, Educator? mentee, string from = "2026-10-01", string to = "2027-05-31",
        string kind = "TeacherToYoungSpecialist") =>
        [("Kind", kind), ("MentorId", mentor.Id.Id()), ("MenteeId", mentee?.Id.Id() ?? ""), ("PeriodFrom", from), ("PeriodTo", to),
            ("CompetenceFocus", "урок")];

    /// <summary>Two people of the school whom no pair links yet (the demo data pairs the young teachers already).</summary>
    private async Task<(Educator Mentor, Educator Mentee)> UnpairedAsync(Func<Educator, bool> mentee)
    {
        var staff = await factory.StaffOfAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var paired = (await db.MentoringPairs.Where(p => p.MenteeId != null).Select(p => new { p.MentorId, p.MenteeId }).ToListAsync())
            .SelectMany(p => new[] { (p.MentorId, p.MenteeId!.Value), (p.MenteeId!.Value, p.MentorId) }).ToHashSet();
        var today = new DateOnly(2026, 9, 1);
        return staff.Where(e => !e.IsYoung(today) && e.Position == Position.Teacher)
            .SelectMany(m => staff.Where(mentee).Where(x => x.Id != m.Id && !paired.Contains((m.Id, x.Id))).Select(x => (m, x)))
            .Last();
    }

    private async Task<int> PairCountAsync()
    {
        await using var db = factory.Db();
        return await db.MentoringPairs.CountAsync();
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector("#validation-summary")?.TextContent ?? "(no summary)");
    }

    [Fact]
    public async Task ASchoolAdministratorCreatesAProgrammeAndAPairAndSeesTheMenteesFlags()
    {
        using var school = await factory.LoginAsync("school@demo.local");
        var id = await CreateProgramAsync(school);
        var today = new DateOnly(2026, 9, 1);
        var (mentor, mentee) = await UnpairedAsync(e => e.IsYoung(today) && e.IsInFirstYears(today));

        var response = await school.PostAsync($"/mentoring/{id}/pairs/create", Pair(mentor, mentee));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        var pair = await db.MentoringPairs.SingleAsync(p => p.ProgramId == id);
        Assert.Equal((mentor.Id, mentee.Id, PairStatus.Active), (pair.MentorId, pair.MenteeId!.Value, pair.Status));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(MentoringPair) && a.EntityId == pair.Id.Id()));
        var card = await school.GetPageAsync($"/mentoring/{id}");
        var row = card.QuerySelector("#program-pairs tbody tr")!.TextContent;
        Assert.Contains(mentee.FullName, row);
        Assert.Contains("молодой", row);
        Assert.Contains("первые 3 года", row);
    }

    [Fact]
    public async Task APairBreakingARuleIsRefusedWithItsReasonAndNothingIsStored()
    {
        using var school = await factory.LoginAsync("school@demo.local");
        var id = await CreateProgramAsync(school, "2026-09-01", "2027-06-30");
        var staff = await factory.StaffOfAsync(Seeded.KhvSchool);
        var (a, b) = await UnpairedAsync(e => e.Position == Position.Teacher);
        var stranger = (await factory.StaffOfAsync(Seeded.KhvGymnasium)).First(e => staff.All(s => s.Id != e.Id));
        var before = await PairCountAsync();

        await AssertRefusedAsync(await school.PostAsync($"/mentoring/{id}/pairs/create", Pair(a, a)), "один и тот же человек");
        await AssertRefusedAsync(await school.PostAsync($"/mentoring/{id}/pairs/create", Pair(a, stranger)), "Наставляемый не работает в организации");
        await AssertRefusedAsync(await school.PostAsync($"/mentoring/{id}/pairs/create", Pair(a, b, "2026-10-01", "2027-08-31")),
            "выходит за период программы");
        await AssertRefusedAsync(await school.PostAsync($"/mentoring/{id}/pairs/create", Pair(a, b, "2026-12-01", "2026-10-01")), "раньше даты начала");
        await AssertRefusedAsync(await school.PostAsync($"/mentoring/{id}/pairs/create", Pair(a, null, kind: "StudentToTeacher")), "ФИО студента");
        Assert.Equal(before, await PairCountAsync());

        // The same two people, in either role, cannot have overlapping pairs; after the first ends, a new one may start.
        Assert.Equal(HttpStatusCode.Redirect, (await school.PostAsync($"/mentoring/{id}/pairs/create", Pair(a, b, "2026-10-01", "2026-12-31"))).StatusCode);
        await AssertRefusedAsync(await school.PostAsync($"/mentoring/{id}/pairs/create", Pair(b, a, "2026-12-01", "2027-03-31")), "пересекающийся период");
        Assert.Equal(HttpStatusCode.Redirect, (await school.PostAsync($"/mentoring/{id}/pairs/create", Pair(b, a, "2027-01-01", "2027-03-31"))).StatusCode);
        Assert.Equal(before + 2, await PairCountAsync());

        // A student is a name, not an educator.
        var student = await school.PostAsync($"/mentoring/{id}/pairs/create",
            [.. Pair(a, null, kind: "StudentToTeacher"), ("StudentName", "Ким Виктория Андреевна")]);
        Assert.Equal(HttpStatusCode.Redirect, student.StatusCode);
        await using var db = factory.Db();
        Assert.True(await db.MentoringPairs.AnyAsync(p => p.ProgramId == id && p.StudentName == "Ким Виктория Андреевна" && p.MenteeId == null));
    }

    [Fact]
    public async Task ClosingAPairNeedsAResultAndThenItIsReadOnly()
    {
        using var school = await factory.LoginAsync("school@demo.local");
        var id = await CreateProgramAsync(school, "2026-01-01", "2027-08-31");
        var (mentor, mentee) = await UnpairedAsync(e => e.Position == Position.Teacher && e.IsHead == false);
        Assert.Equal(HttpStatusCode.Redirect,
            (await school.PostAsync($"/mentoring/{id}/pairs/create", Pair(mentor, mentee, "2026-02-01", "2026-12-31"))).StatusCode);
        int pairId;
        await using (var db = factory.Db())
        {
            pairId = await db.MentoringPairs.Where(p => p.ProgramId == id).Select(p => p.Id).SingleAsync();
        }

        await AssertRefusedAsync(await school.PostAsync($"/mentoring/pairs/{pairId}/close", ("Status", "Completed"), ("ClosedOn", "2026-11-01"),
            ("Result", "")), "результат");
        Assert.Equal(HttpStatusCode.Redirect,
            (await school.PostAsync($"/mentoring/pairs/{pairId}/close", ("Status", "Completed"), ("ClosedOn", "2026-11-01"),
                ("Result", "Открытый урок проведён"))).StatusCode);
        await AssertRefusedAsync(await school.PostAsync($"/mentoring/pairs/{pairId}/edit", Pair(mentor, mentee, "2026-02-01", "2026-12-31")),
            "Закрытая пара не изменяется");
        await using var check = factory.Db();
        var pair = await check.MentoringPairs.SingleAsync(p => p.Id == pairId);
        Assert.Equal((PairStatus.Completed, "Открытый урок проведён"), (pair.Status, pair.Result));
    }

    [Fact]
    public async Task AMethodistReadsProgrammesButCannotCreateThem()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var list = await methodist.GetPageAsync("/mentoring");
        Assert.NotEmpty(list.QuerySelectorAll("#programs tbody tr"));
        Assert.Null(list.QuerySelector("#create-program"));
        Assert.Equal(HttpStatusCode.Forbidden, (await methodist.GetAsync("/mentoring/create")).StatusCode);
    }

    [Fact]
    public async Task ASchoolPairsAMenteeWithAMentorForTheMunicipalityFromAnotherSchoolAndSeesOnlyTheMentorsName()
    {
        var municipal = await UseCases.MentoringArrange.MentorAtAsync(factory, Seeded.KhvGymnasium, forMunicipality: true);
        using var school = await factory.LoginAsync("school@demo.local");
        var id = await CreateProgramAsync(school);
        var (_, mentee) = await UnpairedAsync(e => e.Position == Position.Teacher);
        await using var db = factory.Db();
        var mentor = await db.Educators.SingleAsync(e => e.Id == municipal);

        var form = await school.GetPageAsync($"/mentoring/{id}/pairs/create");
        Assert.Contains("наставник муниципалитета, " + Seeded.KhvGymnasium, form.QuerySelector($"#MentorId option[value='{municipal}']")?.TextContent);
        Assert.Null(form.QuerySelector($"#MenteeId option[value='{municipal}']"));
        Assert.Equal(HttpStatusCode.Redirect,
            (await school.PostAsync($"/mentoring/{id}/pairs/create", Pair(mentor, mentee, kind: "TeacherToTeacher"))).StatusCode);
        var pairId = await db.MentoringPairs.Where(p => p.ProgramId == id).Select(p => p.Id).SingleAsync();

        var card = await school.GetPageAsync($"/mentoring/{id}");
        Assert.Contains(mentor.FullName, card.QuerySelector("#program-pairs tbody tr")!.TextContent);
        var list = await school.GetPageAsync($"/mentoring/pairs?q={Uri.EscapeDataString(mentee.LastName)}");
        Assert.Contains(mentor.FullName, list.QuerySelector("#pairs")!.TextContent);
        Assert.Contains($"наставник — {mentor.FullName}", (await school.GetPageAsync($"/staff/{mentee.Id}")).QuerySelector("#timeline")!.TextContent);
        Assert.Contains(mentor.FullName, (await school.GetPageAsync($"/mentoring/pairs/{pairId}/close")).QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"/staff/{municipal}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect,
            (await school.PostAsync($"/mentoring/pairs/{pairId}/edit", Pair(mentor, mentee, to: "2027-06-30", kind: "TeacherToTeacher"))).StatusCode);
        Assert.Equal(new DateOnly(2027, 6, 30), (await db.MentoringPairs.AsNoTracking().SingleAsync(p => p.Id == pairId)).PeriodTo);
    }
}
