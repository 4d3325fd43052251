using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

public sealed class RegisterMentorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_school_registers_its_teacher_as_a_mentor_once()
    {
        var form = await MentorArrange.FormAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        var done = Assert.IsType<Outcome.Success>(await scope.Get<RegisterMentor>().HandleAsync(form, default));
        var repeat = new MentorForm
        {
            OrganizationId = form.OrganizationId, EducatorId = form.EducatorId, CompetenceAreaIds = form.CompetenceAreaIds, MaxPairs = 1,
        };
        var again = Assert.IsType<Outcome.Invalidity>(await scope.Get<RegisterMentor>().HandleAsync(repeat, default));

        Assert.EndsWith("— в реестре наставников.", done.Message, StringComparison.Ordinal);
        Assert.Equal("Этот педагог уже в реестре наставников организации.", Assert.Single(again.Errors.Errors).ErrorMessage);
        await using var db = factory.Db();
        var mentor = await db.Mentors.AsNoTracking().SingleAsync(m => m.Id == done.Id);
        Assert.Equal((form.EducatorId!.Value, 3, "опыт 20 лет", false), (mentor.EducatorId, mentor.MaxPairs, mentor.Note, mentor.ForMunicipality));
        Assert.Equal(form.CompetenceAreaIds.Order(), mentor.CompetenceAreaIds);
    }

    [Fact]
    public async Task No_area_too_many_pairs_and_another_schools_educator_are_invalid_and_nothing_is_added()
    {
        var form = await MentorArrange.FormAsync(factory, skip: 1);
        var kms = await factory.StaffOfAsync(Seeded.KmsSchool);
        (form.CompetenceAreaIds, form.MaxPairs, form.EducatorId) = ([], 11, kms[0].Id);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        var outcome = Assert.IsType<Outcome.Invalidity>(await scope.Get<RegisterMentor>().HandleAsync(form, default));

        Assert.Equal(["Наставник должен работать в выбранной организации.", "Отметьте хотя бы одну компетенцию, в которой педагог наставничает.",
            "Пар одновременно — от 1 до 10."], outcome.Errors.Errors.Select(e => e.ErrorMessage).Order());
        await using var db = factory.Db();
        Assert.False(await db.Mentors.AnyAsync(m => m.EducatorId == kms[0].Id));
    }
}
