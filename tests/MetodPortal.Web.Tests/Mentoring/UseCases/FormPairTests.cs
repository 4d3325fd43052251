using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

public sealed class FormPairTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_pair_of_two_employees_is_added_once_and_an_overlapping_one_is_the_forms_error()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        var (mentor, mentee) = await MentoringArrange.UnpairedAsync(factory, 2);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Наставническая пара добавлена."),
            await new FormPair(db, new PairValidator(db)).HandleAsync(program.Id, MentoringArrange.Pair(mentor, mentee), default));
        var again = Assert.IsType<Outcome.Invalidity>(await new FormPair(db, new PairValidator(db)).HandleAsync(program.Id,
            MentoringArrange.Pair(mentee, mentor), default));

        Assert.Equal("", Assert.Single(again.Errors.Errors).PropertyName);
        Assert.Equal(1, await db.MentoringPairs.CountAsync(p => p.ProgramId == program.Id));
    }

    [Fact]
    public async Task A_period_outside_the_programme_is_invalid()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        var (mentor, mentee) = await MentoringArrange.UnpairedAsync(factory, 3);
        var form = MentoringArrange.Pair(mentor, mentee);
        form.PeriodTo = new DateOnly(2027, 12, 31);
        await using var db = factory.Db();

        var outcome = Assert.IsType<Outcome.Invalidity>(await new FormPair(db, new PairValidator(db)).HandleAsync(program.Id, form, default));

        Assert.Equal(nameof(PairForm.PeriodFrom), Assert.Single(outcome.Errors.Errors).PropertyName);
        Assert.False(await db.MentoringPairs.AnyAsync(p => p.ProgramId == program.Id));
    }

    [Fact]
    public async Task A_mentor_for_the_municipality_from_another_school_leads_a_pair_here_and_a_mentor_for_their_own_school_does_not()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        var (_, mentee) = await MentoringArrange.UnpairedAsync(factory, 4);
        var municipal = await MentoringArrange.MentorAtAsync(factory, Seeded.KhvGymnasium, forMunicipality: true);
        var ownSchoolOnly = await MentoringArrange.MentorAtAsync(factory, Seeded.KhvGymnasium, forMunicipality: false);
        var otherTown = await MentoringArrange.MentorAtAsync(factory, Seeded.KmsSchool, forMunicipality: true);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));
        var db = scope.Get<Data.PortalDbContext>();
        PairForm With(int mentor) => new()
        {
            Kind = Domain.Mentoring.MentoringForm.TeacherToTeacher, MentorId = mentor, MenteeId = mentee.Id, PeriodFrom = new DateOnly(2026, 10, 1),
            PeriodTo = new DateOnly(2027, 5, 31),
        };

        foreach (var refused in new[] { ownSchoolOnly, otherTown })
        {
            var outcome = Assert.IsType<Outcome.Invalidity>(await new FormPair(db, new PairValidator(db)).HandleAsync(program.Id, With(refused), default));
            Assert.Equal(nameof(PairForm.MentorId), Assert.Single(outcome.Errors.Errors).PropertyName);
        }

        Assert.False(await db.Educators.AnyAsync(e => e.Id == municipal), "the mentor works outside the school administrator's scope");
        Assert.Equal(Outcome.Done("Наставническая пара добавлена."),
            await new FormPair(db, new PairValidator(db)).HandleAsync(program.Id, With(municipal), default));
        Assert.Equal([municipal], (await MunicipalMentors.ServingAsync(db, program.OrganizationId, new DateOnly(2026, 10, 1), default))
            .Select(m => m.Id).Where(id => id == municipal || id == ownSchoolOnly || id == otherTown));
        await using var check = factory.Db();
        Assert.Equal(municipal, (await check.MentoringPairs.SingleAsync(p => p.ProgramId == program.Id)).MentorId);
    }
}
