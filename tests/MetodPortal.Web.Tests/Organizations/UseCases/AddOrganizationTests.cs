using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations.UseCases;

public sealed class AddOrganizationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static OrganizationForm Form(int? municipalityId) => new()
    {
        Name = " Муниципальное бюджетное общеобразовательное учреждение «Школа № 99» ", ShortName = "Школа № 99", Type = OrganizationType.School,
        MunicipalityId = municipalityId, Inn = "2721000099", CountsInIndicators = true,
    };

    [Fact]
    public async Task The_coordinator_adds_a_school_of_the_municipality_with_its_derived_place_in_the_tree()
    {
        var khv = await factory.MunicipalityAsync("KHV");
        await using var scope = factory.As(await factory.PrincipalAsync("coordinator@demo.local"));

        var done = Assert.IsType<Outcome.Success>(await scope.Get<AddOrganization>().HandleAsync(Form(khv.Id), default));

        await using var db = factory.Db();
        var school = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == done.Id);
        Assert.Equal((khv.RegionId, OrganizationLevel.Institutional, "Школа № 99"), (school.RegionId, school.Level, school.ShortName));
        Assert.Equal($"{khv.RegionId}.{khv.Id}.{school.Id}.", school.Path);
    }

    [Fact]
    public async Task Without_a_municipality_or_in_another_one_the_coordinator_is_refused_beside_the_field()
    {
        var kms = await factory.MunicipalityAsync("KMS");
        await using var scope = factory.As(await factory.PrincipalAsync("coordinator@demo.local"));

        var none = Assert.IsType<Outcome.Invalidity>(await scope.Get<AddOrganization>().HandleAsync(Form(null), default));
        var foreign = Assert.IsType<Outcome.Invalidity>(await scope.Get<AddOrganization>().HandleAsync(Form(kms.Id), default));

        Assert.Contains(none.Errors.Errors,
            e => e.ErrorMessage == "Выберите муниципальное образование: региональные организации добавляет специалист министерства.");
        Assert.Contains(foreign.Errors.Errors, e => e.ErrorMessage == "Выберите муниципальное образование из списка.");
        await using var db = factory.Db();
        Assert.False(await db.Organizations.AnyAsync(o => o.ShortName == "Школа № 99"));
    }
}
