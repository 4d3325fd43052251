using MetodPortal.Web.Areas.Staff.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Staff.UseCases;

public sealed class EndEmploymentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static EndEmployment UseCase(Data.PortalDbContext db) => new(db, new EndEmploymentValidator(HireEducatorTests.Clock));

    private async Task<Domain.Staff.Employment> JobAsync(int index)
    {
        var person = (await factory.StaffOfAsync(Seeded.KhvSchool))[index];
        await using var db = factory.Db();
        var job = await db.Employments.Include(e => e.Organization).FirstAsync(e => e.EducatorId == person.Id && e.EndDate == null);
        job.StartDate = new DateOnly(2020, 9, 1);
        await db.SaveChangesAsync();
        return job;
    }

    [Fact]
    public async Task The_employment_ends_on_the_date_and_the_person_stays()
    {
        var job = await JobAsync(8);
        await using var db = factory.Db();

        var outcome = await UseCase(db).HandleAsync(job.EducatorId, job.Id, new EndEmploymentForm { EndDate = new DateOnly(2026, 11, 30) }, default);

        Assert.Equal(Outcome.Done($"Работа в «{job.Organization!.DisplayName}» завершена 30.11.2026. Сведения о сотруднике сохранены."), outcome);
        Assert.Equal(new DateOnly(2026, 11, 30), (await db.Employments.AsNoTracking().SingleAsync(e => e.Id == job.Id)).EndDate);
        Assert.True(await db.Educators.AnyAsync(e => e.Id == job.EducatorId));
    }

    [Fact]
    public async Task An_end_before_the_start_is_invalid_and_says_the_start()
    {
        var job = await JobAsync(9);
        await using var db = factory.Db();

        var outcome = Assert.IsType<Outcome.Invalidity>(
            await UseCase(db).HandleAsync(job.EducatorId, job.Id, new EndEmploymentForm { EndDate = new DateOnly(2019, 6, 30) }, default));

        Assert.Equal("Дата увольнения раньше даты приёма (01.09.2020).", Assert.Single(outcome.Errors.Errors).ErrorMessage);
        Assert.Null((await db.Employments.AsNoTracking().SingleAsync(e => e.Id == job.Id)).EndDate);
    }

    [Fact]
    public async Task An_employment_of_another_person_is_not_found()
    {
        var job = await JobAsync(10);
        await using var db = factory.Db();
        Assert.Equal(Outcome.NotFound,
            await UseCase(db).HandleAsync(job.EducatorId + 1, job.Id, new EndEmploymentForm { EndDate = new DateOnly(2026, 11, 30) }, default));
    }
}
