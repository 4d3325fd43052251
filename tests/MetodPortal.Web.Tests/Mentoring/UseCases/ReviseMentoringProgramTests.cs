using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

public sealed class ReviseMentoringProgramTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_programme_gets_its_new_title_and_keeps_its_organization()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        var form = ProgramForm.From(program);
        (form.Title, form.OrganizationId) = ("Вместе — 2", int.MaxValue);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Изменения сохранены."),
            await new ReviseMentoringProgram(db, new ProgramValidator(db)).HandleAsync(program.Id, form, default));

        var changed = await db.MentoringPrograms.AsNoTracking().SingleAsync(p => p.Id == program.Id);
        Assert.Equal(("Вместе — 2", program.OrganizationId), (changed.Title, changed.OrganizationId));
    }

    [Fact]
    public async Task A_period_that_leaves_a_pair_outside_is_invalid_and_names_the_pair()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        await MentoringArrange.PairAsync(factory, program, 0);
        var form = ProgramForm.From(program);
        form.PeriodTo = new DateOnly(2027, 3, 31);
        await using var db = factory.Db();

        var outcome = Assert.IsType<Outcome.Invalidity>(await new ReviseMentoringProgram(db, new ProgramValidator(db)).HandleAsync(program.Id, form, default));

        Assert.Equal("Период пары с 01.10.2026 по 31.05.2027 выходит за новый период программы.", Assert.Single(outcome.Errors.Errors).ErrorMessage);
        Assert.Equal(new DateOnly(2027, 8, 31), (await db.MentoringPrograms.AsNoTracking().SingleAsync(p => p.Id == program.Id)).PeriodTo);
    }
}
