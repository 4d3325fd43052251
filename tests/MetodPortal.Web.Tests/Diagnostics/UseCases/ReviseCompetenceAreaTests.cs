using MetodPortal.Domain.Diagnostics;
using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Diagnostics.UseCases;

public sealed class ReviseCompetenceAreaTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_area_is_retired_under_its_own_name_and_may_not_take_anothers()
    {
        await using var db = factory.Db();
        var areas = await db.CompetenceAreas.AsNoTracking().OrderBy(a => a.SortOrder).Take(2).ToListAsync();
        var useCase = new ReviseCompetenceArea(db, new CompetenceAreaValidator(db));
        var retire = CompetenceAreaForm.From(areas[0]);
        retire.IsActive = false;
        var taken = CompetenceAreaForm.From(areas[0]);
        taken.Name = areas[1].Name;

        Assert.Equal(Outcome.Done("Изменения сохранены."), await useCase.HandleAsync(areas[0].Id, retire, default));
        Assert.IsType<Outcome.Invalidity>(await useCase.HandleAsync(areas[0].Id, taken, default));

        var changed = await db.CompetenceAreas.AsNoTracking().SingleAsync(a => a.Id == areas[0].Id);
        Assert.Equal((areas[0].Name, false), (changed.Name, changed.IsActive));
    }
}
