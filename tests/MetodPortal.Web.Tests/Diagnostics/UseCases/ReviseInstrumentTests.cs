using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Diagnostics.UseCases;

public sealed class ReviseInstrumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_threshold_changes_but_an_area_already_scored_stays_measured()
    {
        var instrument = await factory.InstrumentAsync(SeededDiagnostics.MethodicalCase);
        await using var db = factory.Db();
        var useCase = new ReviseInstrument(db, new InstrumentValidator(db));
        var stricter = InstrumentForm.From(instrument);
        stricter.Areas[0].Threshold = "3";
        var fewer = InstrumentForm.From(instrument);
        fewer.Areas[0].Selected = false;

        Assert.Equal(Outcome.Done("Изменения сохранены. Дефициты уже проведённых диагностик не пересчитываются."),
            await useCase.HandleAsync(instrument.Id, stricter, default));
        var dropped = Assert.IsType<Outcome.Invalidity>(await useCase.HandleAsync(instrument.Id, fewer, default));

        Assert.StartsWith("По материалу уже есть диагностики с баллами по компетенциям:", Assert.Single(dropped.Errors.Errors).ErrorMessage);
        var areas = await db.InstrumentAreas.AsNoTracking().Where(a => a.InstrumentId == instrument.Id).ToListAsync();
        Assert.Equal((instrument.Areas.Count, 3m), (areas.Count, areas.Single(a => a.CompetenceAreaId == stricter.Areas[0].CompetenceAreaId).Threshold));
    }
}
