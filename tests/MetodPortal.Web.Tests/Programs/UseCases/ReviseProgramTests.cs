using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs.UseCases;

public sealed class ReviseProgramTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_programme_gets_its_new_hours_and_may_stop_being_offered()
    {
        var program = await ProgramArrange.ProgramAsync(factory, "Функциональная грамотность");
        var form = ProgramForm.From(program);
        (form.Hours, form.IsActive) = (72, false);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Изменения сохранены."), await new ReviseProgram(db, new ProgramValidator(db)).HandleAsync(program.Id, form, default));

        var changed = await db.ProfessionalPrograms.AsNoTracking().SingleAsync(p => p.Id == program.Id);
        Assert.Equal((72, false), (changed.Hours, changed.IsActive));
    }

    [Fact]
    public async Task A_programme_without_a_title_is_invalid_and_stays()
    {
        var program = await ProgramArrange.ProgramAsync(factory, "Читательская грамотность");
        var form = ProgramForm.From(program);
        form.Title = "";
        await using var db = factory.Db();

        Assert.IsType<Outcome.Invalidity>(await new ReviseProgram(db, new ProgramValidator(db)).HandleAsync(program.Id, form, default));
        Assert.Equal("Читательская грамотность", (await db.ProfessionalPrograms.AsNoTracking().SingleAsync(p => p.Id == program.Id)).Title);
    }

    [Fact]
    public async Task A_programme_that_is_not_there_is_not_found()
    {
        await using var db = factory.Db();
        Assert.Equal(Outcome.NotFound, await new ReviseProgram(db, new ProgramValidator(db)).HandleAsync(int.MaxValue, ProgramArrange.Form("Нет"), default));
    }
}
