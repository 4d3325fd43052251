using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs.UseCases;

public sealed class ScheduleCohortTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static ScheduleCohort UseCase(Data.PortalDbContext db) => new(db, new CohortValidator(db));

    private static CohortForm Form(int? municipalityId) => new()
    {
        MunicipalityId = municipalityId, StartsOn = new DateOnly(2027, 2, 1), EndsOn = new DateOnly(2027, 2, 12), Place = " ХК ИРО, ауд. 204 ",
        Seats = 25, EnrolmentDeadline = new DateOnly(2027, 1, 25),
    };

    [Fact]
    public async Task A_cohort_joins_the_programmes_schedule_in_its_municipality()
    {
        var program = await ProgramArrange.ProgramAsync(factory, "Цифровая образовательная среда");
        var khv = (await factory.MunicipalityAsync("KHV")).Id;
        await using var db = factory.Db();

        var done = Assert.IsType<Outcome.Success>(await UseCase(db).HandleAsync(program.Id, Form(khv), default));

        Assert.Equal("Поток 01.02.2027 — 12.02.2027 добавлен в план-график.", done.Message);
        var cohort = await db.ProgramCohorts.AsNoTracking().SingleAsync(c => c.Id == done.Id);
        Assert.Equal((program.Id, program.RegionId, khv, "ХК ИРО, ауд. 204", 25), (cohort.ProgramId, cohort.RegionId, cohort.MunicipalityId!.Value,
            cohort.Place, cohort.Seats));
    }

    [Fact]
    public async Task Enrolment_after_the_start_no_seats_and_an_unknown_municipality_are_invalid_and_nothing_is_added()
    {
        var program = await ProgramArrange.ProgramAsync(factory, "Школа молодого учителя");
        var form = Form(int.MaxValue);
        (form.EnrolmentDeadline, form.Seats) = (new DateOnly(2027, 2, 5), 0);
        await using var db = factory.Db();

        var outcome = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(program.Id, form, default));

        Assert.Equal(["Выберите муниципалитет из списка.", "Запись должна закончиться не позже начала обучения.", "Мест — от 1 до 1000."],
            outcome.Errors.Errors.Select(e => e.ErrorMessage).Order());
        Assert.False(await db.ProgramCohorts.AnyAsync(c => c.ProgramId == program.Id));
    }

    [Fact]
    public async Task A_programme_that_is_not_there_is_not_found()
    {
        await using var db = factory.Db();
        Assert.Equal(Outcome.NotFound, await UseCase(db).HandleAsync(int.MaxValue, Form(null), default));
    }
}
