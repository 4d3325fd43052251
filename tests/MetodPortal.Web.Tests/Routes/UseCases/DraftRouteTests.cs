using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class DraftRouteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static DraftRoute UseCase(Data.PortalDbContext db) => new(db, new RouteValidator(db), RouteArrange.Clock);

    [Fact]
    public async Task A_route_from_a_diagnostic_gets_one_item_per_deficit_and_says_how_many_in_the_right_form()
    {
        await using var db = factory.Db();
        var diagnostic = await db.Diagnostics.AsNoTracking().Include(d => d.Deficits).Where(d => d.Deficits.Count > 0).OrderBy(d => d.Id).FirstAsync();
        var form = Form(diagnostic.EducatorId, diagnostic.OrganizationId);
        form.DiagnosticId = diagnostic.Id;

        var done = Assert.IsType<Outcome.Success>(await UseCase(db).HandleAsync(form, default));

        var route = await RouteArrange.ReloadAsync(factory, done.Id!.Value);
        Assert.Equal((RouteStatus.Draft, diagnostic.EducatorId, diagnostic.Id), (route.Status, route.EducatorId, route.DiagnosticId));
        Assert.Equal(diagnostic.Deficits.Select(x => x.CompetenceAreaId).Order(), route.Items.Select(i => i.CompetenceAreaId!.Value).Order());
        Assert.All(route.Items, i => Assert.Equal((route.PeriodTo, route.OrganizationId), (i.Deadline, i.OrganizationId)));
        Assert.Contains($"Черновик ИОМ создан: {Display.Count(route.Items.Count, "пункт", "пункта", "пунктов")} по дефицитам", done.Message);
    }

    [Fact]
    public async Task An_organization_the_educator_does_not_work_at_is_invalid_and_nothing_is_written()
    {
        await using var db = factory.Db();
        var job = await db.Employments.AsNoTracking().OrderBy(e => e.Id).FirstAsync();
        var elsewhere = await db.Organizations.Where(o => !db.Employments.Any(e => e.EducatorId == job.EducatorId
            && e.OrganizationId == o.Id)).Select(o => o.Id).FirstAsync();
        var before = await db.Routes.CountAsync();

        var outcome = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(Form(job.EducatorId, elsewhere), default));

        Assert.Equal("Выберите организацию, в которой работает педагог.", Assert.Single(outcome.Errors.Errors).ErrorMessage);
        Assert.Equal(before, await db.Routes.CountAsync());
    }

    [Fact]
    public async Task An_educator_or_a_diagnostic_that_is_not_there_is_not_found()
    {
        await using var db = factory.Db();
        var job = await db.Employments.AsNoTracking().OrderBy(e => e.Id).FirstAsync();
        Assert.Equal(Outcome.NotFound, await UseCase(db).HandleAsync(Form(int.MaxValue, job.OrganizationId), default));
        var form = Form(job.EducatorId, job.OrganizationId);
        form.DiagnosticId = int.MaxValue;
        Assert.Equal(Outcome.NotFound, await UseCase(db).HandleAsync(form, default));
    }

    private static RouteForm Form(int educatorId, int organizationId) => new()
    {
        EducatorId = educatorId, OrganizationId = organizationId, PeriodFrom = new DateOnly(2026, 12, 1), PeriodTo = new DateOnly(2027, 11, 30),
    };
}
