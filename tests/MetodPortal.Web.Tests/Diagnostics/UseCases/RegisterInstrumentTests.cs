using MetodPortal.Domain.Diagnostics;
using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Diagnostics.UseCases;

public sealed class RegisterInstrumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    internal static InstrumentForm Form(string title, params int[] areas) => new()
    {
        Title = title, Provider = "ЦНППМ", Kind = InstrumentKind.Test,
        Areas = [.. areas.Select(a => new InstrumentAreaForm { CompetenceAreaId = a, Selected = true, MaxScore = "10", Threshold = "6,5" })],
    };

    [Fact]
    public async Task An_instrument_joins_the_registry_with_its_scales_in_order()
    {
        var region = (await factory.OrganizationAsync(Seeded.KhvSchool)).RegionId;
        await using var db = factory.Db();
        var areas = await db.CompetenceAreas.OrderBy(a => a.SortOrder).Select(a => a.Id).Take(2).ToListAsync();

        var outcome = await new RegisterInstrument(db, new InstrumentValidator(db)).HandleAsync(Form("Тест по оцениванию", areas[1], areas[0]),
            region, default);

        Assert.Equal(Outcome.Done("Диагностический материал «Тест по оцениванию» добавлен в реестр."), outcome);
        var instrument = await db.DiagnosticInstruments.AsNoTracking().Include(i => i.Areas).SingleAsync(i => i.Title == "Тест по оцениванию");
        Assert.Equal([(areas[1], 10m, 6.5m), (areas[0], 10m, 6.5m)],
            instrument.Areas.OrderBy(a => a.SortOrder).Select(a => (a.CompetenceAreaId, a.MaxScore, a.Threshold)));
    }

    [Fact]
    public async Task An_area_not_in_the_catalogue_and_a_threshold_above_the_maximum_are_invalid()
    {
        var region = (await factory.OrganizationAsync(Seeded.KhvSchool)).RegionId;
        await using var db = factory.Db();
        var area = await db.CompetenceAreas.Select(a => a.Id).FirstAsync();
        var form = Form("Тест с ошибками", area, int.MaxValue);
        form.Areas[0].Threshold = "11";

        var outcome = Assert.IsType<Outcome.Invalidity>(await new RegisterInstrument(db, new InstrumentValidator(db)).HandleAsync(form, region, default));

        Assert.Equal(["Выберите компетенции из справочника.", "Порог дефицита не может быть больше максимального балла."],
            outcome.Errors.Errors.Select(e => e.ErrorMessage).Order());
        Assert.False(await db.DiagnosticInstruments.AnyAsync(i => i.Title == "Тест с ошибками"));
    }
}
