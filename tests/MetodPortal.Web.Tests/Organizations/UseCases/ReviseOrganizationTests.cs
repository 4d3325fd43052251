using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations.UseCases;

public sealed class ReviseOrganizationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_school_admin_edits_the_address_but_not_the_type_nor_the_indicators_flag()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var form = OrganizationForm.From(school);
        (form.Address, form.Type, form.CountsInIndicators) = ("Хабаровск, ул. Новая, 5", OrganizationType.Kindergarten, !school.CountsInIndicators);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        Assert.Equal(Outcome.Done("Изменения сохранены."), await scope.Get<ReviseOrganization>().HandleAsync(school.Id, form, default));

        await using var db = factory.Db();
        var changed = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == school.Id);
        Assert.Equal(("Хабаровск, ул. Новая, 5", school.Type, school.CountsInIndicators), (changed.Address, changed.Type, changed.CountsInIndicators));
    }

    [Fact]
    public async Task A_methodist_who_reads_the_school_may_not_edit_it()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var scope = factory.As(await factory.PrincipalAsync("methodist@demo.local"));

        Assert.Equal(Outcome.Refused(ReviseOrganization.NotYours),
            await scope.Get<ReviseOrganization>().HandleAsync(school.Id, OrganizationForm.From(school), default));
    }

    [Fact]
    public async Task Another_municipalitys_school_is_not_found()
    {
        var elsewhere = await factory.OrganizationAsync(Seeded.KmsSchool);
        await using var scope = factory.As(await factory.PrincipalAsync("coordinator@demo.local"));

        Assert.Equal(Outcome.NotFound, await scope.Get<ReviseOrganization>().HandleAsync(elsewhere.Id, OrganizationForm.From(elsewhere), default));
    }
}
