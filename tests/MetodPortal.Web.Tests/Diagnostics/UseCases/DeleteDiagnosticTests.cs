using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Diagnostics.UseCases;

public sealed class DeleteDiagnosticTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_diagnostic_without_a_route_is_deleted_and_one_a_route_is_built_on_is_refused()
    {
        await using var db = factory.Db();
        var withRoute = await db.Routes.Where(r => r.DiagnosticId != null).Select(r => r.DiagnosticId!.Value).FirstAsync();
        await using var scope = factory.As(await factory.PrincipalAsync("methodist@demo.local"));
        var form = await ConductDiagnosticTests.FormAsync(factory, 5, _ => "5");
        var id = Assert.IsType<Outcome.Success>(await scope.Get<ConductDiagnostic>().HandleAsync(form, scope.User(), default)).Id!.Value;

        Assert.Equal(Outcome.Done("Диагностика от 02.11.2026 удалена.", form.EducatorId), await new DeleteDiagnostic(db).HandleAsync(id, default));
        Assert.Equal(Outcome.Refused("На основе этой диагностики составлен ИОМ: сначала удалите или перестройте его."),
            await new DeleteDiagnostic(db).HandleAsync(withRoute, default));

        Assert.False(await db.Diagnostics.AnyAsync(d => d.Id == id));
        Assert.True(await db.Diagnostics.AnyAsync(d => d.Id == withRoute));
    }
}
