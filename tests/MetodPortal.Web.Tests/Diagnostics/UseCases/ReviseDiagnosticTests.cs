using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Diagnostics.UseCases;

public sealed class ReviseDiagnosticTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Corrected_scores_recompute_the_deficits_and_the_instrument_stays()
    {
        await using var scope = factory.As(await factory.PrincipalAsync("methodist@demo.local"));
        var user = scope.User();
        var first = await ConductDiagnosticTests.FormAsync(factory, 4, _ => "2");
        var id = Assert.IsType<Outcome.Success>(await scope.Get<ConductDiagnostic>().HandleAsync(first, user, default)).Id!.Value;
        var corrected = await ConductDiagnosticTests.FormAsync(factory, 4, _ => "9");
        corrected.InstrumentId = int.MaxValue;

        Assert.Equal(Outcome.Done("Изменения сохранены, дефициты пересчитаны."), await scope.Get<ReviseDiagnostic>().HandleAsync(id, corrected, default));

        await using var db = factory.Db();
        var diagnostic = await db.Diagnostics.AsNoTracking().Include(d => d.Deficits).SingleAsync(d => d.Id == id);
        Assert.Equal((0, first.InstrumentId), (diagnostic.Deficits.Count, (int?)diagnostic.InstrumentId));
    }

    [Fact]
    public async Task A_diagnostic_of_another_scope_is_not_found()
    {
        var elsewhere = await factory.DiagnosticInAsync("KMS");
        await using var scope = factory.As(await factory.PrincipalAsync("methodist@demo.local"));

        Assert.Equal(Outcome.NotFound, await scope.Get<ReviseDiagnostic>().HandleAsync(elsewhere.Id, new DiagnosticForm { ConductedBy = "x" }, default));
    }
}
