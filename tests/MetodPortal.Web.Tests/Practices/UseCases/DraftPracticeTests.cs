using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class DraftPracticeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_school_drafts_a_practice_of_its_own_with_its_authors_names_kept()
    {
        var form = await PracticeArrange.FormAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.School));

        var done = Assert.IsType<Outcome.Success>(await scope.Get<DraftPractice>().HandleAsync(form, default));

        var practice = await PracticeArrange.LoadAsync(factory, done.Id!.Value);
        var staff = await factory.StaffOfAsync(Seeded.KhvSchool);
        Assert.Equal((PracticeStatus.Draft, form.OrganizationId!.Value, "Практика для проверки"), (practice.Status, practice.OrganizationId, practice.Title));
        Assert.Equal(form.AuthorIds.Order(), practice.AuthorIds.Order());
        Assert.All(form.AuthorIds, a => Assert.Contains(staff.Single(s => s.Id == a).LastName, practice.AuthorNames, StringComparison.Ordinal));
        Assert.Equal((await factory.OrganizationAsync(Seeded.KhvSchool)).MunicipalityId, practice.MunicipalityId);
    }

    [Fact]
    public async Task Another_schools_authors_no_area_and_a_link_that_is_no_address_are_invalid_and_nothing_is_added()
    {
        var form = await PracticeArrange.FormAsync(factory, title: "Неверная практика");
        var kms = await factory.StaffOfAsync(Seeded.KmsSchool);
        (form.AuthorIds, form.CompetenceAreaIds, form.Links, form.Kind) = ([kms[0].Id], [], "javascript:alert(1)", null);
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.School));

        var outcome = Assert.IsType<Outcome.Invalidity>(await scope.Get<DraftPractice>().HandleAsync(form, default));

        Assert.Equal(["Авторы должны работать в выбранной организации.", "Выберите вид практики.",
            "Каждая ссылка — с новой строки и начинается с http:// или https://.", "Отметьте хотя бы одну компетенцию, которую развивает практика."],
            outcome.Errors.Errors.Select(e => e.ErrorMessage).Order(StringComparer.Ordinal));
        await using var db = factory.Db();
        Assert.False(await db.Practices.AnyAsync(p => p.Title == "Неверная практика"));
    }

    [Fact]
    public async Task A_school_cannot_draft_a_practice_of_another_municipalitys_school()
    {
        var form = await PracticeArrange.FormAsync(factory, Seeded.KmsSchool, "Чужая практика");
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.School));

        var outcome = Assert.IsType<Outcome.Invalidity>(await scope.Get<DraftPractice>().HandleAsync(form, default));

        Assert.Contains("Выберите организацию из списка.", outcome.Errors.Errors.Select(e => e.ErrorMessage));
        await using var db = factory.Db();
        Assert.False(await db.Practices.AnyAsync(p => p.Title == "Чужая практика"));
    }
}
