using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Diagnostics.UseCases;

public sealed class AddCompetenceAreaTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_area_joins_the_regions_catalogue_once()
    {
        var region = (await factory.OrganizationAsync(Seeded.KhvSchool)).RegionId;
        await using var db = factory.Db();
        var useCase = new AddCompetenceArea(db, new CompetenceAreaValidator(db));

        Assert.Equal(Outcome.Done("Компетенция «Цифровая грамотность» добавлена в справочник."),
            await useCase.HandleAsync(new CompetenceAreaForm { Name = " Цифровая грамотность ", SortOrder = 50 }, region, default));
        var again = Assert.IsType<Outcome.Invalidity>(await useCase.HandleAsync(new CompetenceAreaForm { Name = "Цифровая грамотность" }, region, default));

        Assert.Equal("Компетенция с таким названием уже есть в справочнике.", Assert.Single(again.Errors.Errors).ErrorMessage);
        Assert.Equal(1, await db.CompetenceAreas.CountAsync(a => a.Name == "Цифровая грамотность"));
    }

    [Fact]
    public async Task A_user_without_a_region_has_no_catalogue()
    {
        await using var db = factory.Db();
        Assert.Equal(Outcome.NotFound,
            await new AddCompetenceArea(db, new CompetenceAreaValidator(db)).HandleAsync(new CompetenceAreaForm { Name = "Нет" }, null, default));
    }
}
