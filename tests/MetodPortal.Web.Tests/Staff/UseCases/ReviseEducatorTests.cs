using MetodPortal.Web.Areas.Staff.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Staff.UseCases;

public sealed class ReviseEducatorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static ReviseEducator UseCase(Data.PortalDbContext db) => new(db, new EducatorFormValidator(db, HireEducatorTests.Clock));

    [Fact]
    public async Task A_persons_record_gets_the_new_e_mail_and_keeps_its_key_current()
    {
        var person = (await factory.StaffOfAsync(Seeded.KhvSchool))[2];
        var form = EducatorForm.From(person);
        (form.Email, form.MiddleName) = ("new@school.local", "Изменённое");
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Изменения сохранены."), await UseCase(db).HandleAsync(person.Id, form, default));

        var changed = await db.Educators.AsNoTracking().SingleAsync(e => e.Id == person.Id);
        Assert.Equal(("new@school.local", form.MatchKey), (changed.Email, changed.MatchKey));
    }

    [Fact]
    public async Task Another_persons_name_and_birth_date_is_the_forms_error_and_the_record_stays()
    {
        var staff = await factory.StaffOfAsync(Seeded.KhvSchool);
        var (person, other) = (staff[0], staff[1]);
        var form = EducatorForm.From(person);
        (form.LastName, form.FirstName, form.MiddleName, form.BirthDate) = (other.LastName, other.FirstName, other.MiddleName, other.BirthDate);
        await using var db = factory.Db();

        var outcome = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(person.Id, form, default));

        Assert.Equal("В реестре региона уже есть другой сотрудник с такими ФИО и датой рождения.", Assert.Single(outcome.Errors.Errors).ErrorMessage);
        Assert.Equal(person.LastName, (await db.Educators.AsNoTracking().SingleAsync(e => e.Id == person.Id)).LastName);
    }

    [Fact]
    public async Task A_person_that_is_not_there_is_not_found()
    {
        await using var db = factory.Db();
        Assert.Equal(Outcome.NotFound, await UseCase(db).HandleAsync(int.MaxValue, HireEducatorTests.Form(1, "Нет"), default));
    }
}
