using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

public sealed class CreateMentoringProgramTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static ProgramForm Form(int organizationId, int? curatorId = null) => new()
    {
        OrganizationId = organizationId, Title = " Наставник рядом ", PeriodFrom = new DateOnly(2026, 9, 1), PeriodTo = new DateOnly(2027, 8, 31),
            CuratorId = curatorId,
    };

    [Fact]
    public async Task A_programme_of_the_school_is_created_with_its_curator()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var curator = (await factory.StaffOfAsync(Seeded.KhvSchool))[0];
        await using var db = factory.Db();

        var done = Assert.IsType<Outcome.Success>(await new CreateMentoringProgram(db,
            new ProgramValidator(db)).HandleAsync(Form(school.Id, curator.Id), default));

        var program = await db.MentoringPrograms.AsNoTracking().SingleAsync(p => p.Id == done.Id);
        Assert.Equal(("Наставник рядом", school.Id, curator.Id), (program.Title, program.OrganizationId, program.CuratorId));
    }

    [Fact]
    public async Task A_curator_from_another_organization_and_an_unknown_organization_are_invalid()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var stranger = await db.Employments.Where(e => !db.Employments.Any(x => x.EducatorId == e.EducatorId && x.OrganizationId == school.Id))
            .Select(e => e.EducatorId).FirstAsync();
        var before = await db.MentoringPrograms.CountAsync();

        var curator = Assert.IsType<Outcome.Invalidity>(await new CreateMentoringProgram(db,
            new ProgramValidator(db)).HandleAsync(Form(school.Id, stranger), default));
        var unknown = Assert.IsType<Outcome.Invalidity>(await new CreateMentoringProgram(db, new ProgramValidator(db)).HandleAsync(Form(int.MaxValue),
            default));

        Assert.Equal("Куратор — сотрудник организации: выберите его из списка.", Assert.Single(curator.Errors.Errors).ErrorMessage);
        Assert.Equal("Выберите организацию из списка.", Assert.Single(unknown.Errors.Errors).ErrorMessage);
        Assert.Equal(before, await db.MentoringPrograms.CountAsync());
    }
}
