using MetodPortal.Domain.Staff;
using MetodPortal.Web.Areas.Staff.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Staff.UseCases;

public sealed class HireEducatorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    internal static readonly TimeProvider Clock = new StoppedClock(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero));

    private static HireEducator UseCase(Data.PortalDbContext db) => new(db, new EducatorFormValidator(db, Clock));

    internal static EducatorForm Form(int organizationId, string lastName) => new()
    {
        LastName = lastName, FirstName = "Вера", MiddleName = "Павловна", BirthDate = new DateOnly(1990, 4, 12), Position = Position.Teacher,
        OrganizationId = organizationId, PersonnelNumber = $"Н-{lastName.Length}", StartDate = new DateOnly(2026, 9, 1),
    };

    [Fact]
    public async Task A_new_person_is_added_with_the_employment()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var db = factory.Db();

        var done = Assert.IsType<Outcome.Success>(await UseCase(db).HandleAsync(Form(school.Id, "Новикова"), default));

        var educator = await db.Educators.AsNoTracking().Include(e => e.Employments).SingleAsync(e => e.Id == done.Id);
        Assert.Equal("Сотрудник Новикова Вера Павловна добавлен.", done.Message);
        Assert.Equal((school.Id, "Н-8", school.RegionId),
            (Assert.Single(educator.Employments).OrganizationId, educator.Employments[0].PersonnelNumber, educator.RegionId));
    }

    [Fact]
    public async Task The_same_person_again_at_the_same_school_is_the_forms_error_and_nothing_is_added()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        Assert.IsType<Outcome.Success>(await UseCase(db).HandleAsync(Form(school.Id, "Орлова"), default));
        var people = await db.Educators.CountAsync();
        var again = Form(school.Id, "Орлова");
        again.PersonnelNumber = null;

        var outcome = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(again, default));

        Assert.Equal(("", "Этот сотрудник уже работает в выбранной организации."),
            (outcome.Errors.Errors[0].PropertyName, outcome.Errors.Errors[0].ErrorMessage));
        Assert.Equal(people, await db.Educators.CountAsync());
    }

    [Fact]
    public async Task A_taken_personnel_number_and_an_unknown_organization_are_invalid()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var taken = await db.Employments.Where(e => e.OrganizationId == school.Id && e.PersonnelNumber != null).Select(e => e.PersonnelNumber).FirstAsync();
        var form = Form(school.Id, "Ершова");
        form.PersonnelNumber = taken;

        var numberTaken = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(form, default));
        var unknown = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(Form(int.MaxValue, "Ершова"), default));

        Assert.Equal("Этот табельный номер уже занят в организации.", Assert.Single(numberTaken.Errors.Errors).ErrorMessage);
        Assert.Equal("Выберите организацию из списка.", Assert.Single(unknown.Errors.Errors).ErrorMessage);
        Assert.False(await db.Educators.AnyAsync(e => e.LastName == "Ершова"));
    }
}
