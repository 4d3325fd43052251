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
}
