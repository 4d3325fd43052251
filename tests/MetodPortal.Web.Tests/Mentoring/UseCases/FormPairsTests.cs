using MetodPortal.Domain.Mentoring;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

public sealed class FormPairsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_mentor_pairs_with_every_ticked_mentee_and_a_repeated_pair_refuses_them_all()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        var staff = await UnpairedAsync();
        await using var db = factory.Db();
        var form = new PairsForm
        {
            Kind = MentoringForm.TeacherToTeacher, MentorId = staff[^1].Id, MenteeIds = [staff[^2].Id, staff[^3].Id], PeriodFrom = new DateOnly(2026, 10, 1),
            PeriodTo = new DateOnly(2027, 5, 31),
        };

        Assert.Equal(2, (await new FormPairs(db, new PairValidator(db)).HandleAsync(program.Id, form, default))!.Added);

        form.MenteeIds = [staff[^4].Id, staff[^3].Id];
        var refused = (await new FormPairs(db, new PairValidator(db)).HandleAsync(program.Id, form, default))!;
        Assert.Equal([(2, "")], refused.Errors.Select(e => (e.Row, e.Column)));
        Assert.Equal(2, await db.MentoringPairs.CountAsync(p => p.ProgramId == program.Id));
    }

    [Fact]
    public async Task A_file_of_pairs_is_written_whole_or_refused_row_by_row()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        var staff = await UnpairedAsync();
        await using var db = factory.Db();
        object?[] Person(int i) => [null, staff[i].LastName, staff[i].FirstName, staff[i].MiddleName, staff[i].BirthDate];
        object?[] Row(int mentor, int mentee, string? kind, DateOnly to) =>
            [.. Person(mentor), .. Person(mentee), kind, new DateOnly(2026, 10, 1), to, "функциональная грамотность"];

        using var bad = new MemoryStream(StaffFiles.Xlsx([Row(0, 1, null, new DateOnly(2027, 5, 31)), Row(0, 2, "наставничество", new DateOnly(2027, 5, 31)),
            Row(0, 3, null, new DateOnly(2028, 5, 31))], FormPairs.Columns));
        var refused = (await new FormPairs(db, new PairValidator(db)).RunAsync(program.Id, bad, null, default))!;
        Assert.Equal([(3, FormPairs.Kind), (4, FormPairs.From)], refused.Errors.Select(e => (e.Row, e.Column)));
        Assert.False(await db.MentoringPairs.AnyAsync(p => p.ProgramId == program.Id));

        using var good = new MemoryStream(StaffFiles.Xlsx([Row(0, 1, null, new DateOnly(2027, 5, 31)),
            Row(0, 2, "педагог — педагог (по компетенции)", new DateOnly(2027, 5, 31))], FormPairs.Columns));
        Assert.Equal(2, (await new FormPairs(db, new PairValidator(db)).RunAsync(program.Id, good, null, default))!.Added);
        Assert.Equal(MentoringForm.TeacherToTeacher, (await db.MentoringPairs.SingleAsync(p => p.ProgramId == program.Id && p.MenteeId == staff[2].Id)).Form);
    }

    /// <summary>The school's staff whom no demo pair links (the tests' own programmes aside): the same list whichever test runs first.</summary>
    private async Task<List<Domain.Staff.Educator>> UnpairedAsync()
    {
        await using var db = factory.Db();
        var demo = db.MentoringPairs.Where(p => p.Program!.Title != "Вместе");
        var paired = await demo.Select(p => p.MentorId).Union(demo.Where(p => p.MenteeId != null).Select(p => p.MenteeId!.Value)).ToListAsync();
        return [.. (await factory.StaffOfAsync(Seeded.KhvSchool)).Where(e => !paired.Contains(e.Id))];
    }
}
