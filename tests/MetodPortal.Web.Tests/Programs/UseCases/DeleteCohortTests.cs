using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Routes.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs.UseCases;

public sealed class DeleteCohortTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_deleted_cohort_leaves_the_schedule_and_the_items_linked_to_it_stay_unlinked()
    {
        var area = await OfferArrange.AreaAsync(factory, "Работа с родителями");
        var program = await OfferArrange.ProgramAsync(factory, "Школа и семья", area);
        var cohort = await OfferArrange.CohortAsync(factory, program, null);
        var (_, item) = await OfferArrange.RouteAsync(factory, RouteStatus.Draft, area);
        await OfferArrange.LinkAsync(factory, item, OfferKind.Cohort, cohort);

        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Поток 01.02.2027 — 28.02.2027 удалён из план-графика."), await new DeleteCohort(db).HandleAsync(program, cohort, default));

        Assert.False(await db.ProgramCohorts.AnyAsync(c => c.Id == cohort));
        var kept = await OfferArrange.ItemAsync(factory, item);
        Assert.Equal((null, RouteItemStatus.Planned), (kept.CohortId, kept.Status));
    }

    [Fact]
    public async Task A_cohort_asked_for_under_another_programme_is_not_found_and_stays()
    {
        var program = await OfferArrange.ProgramAsync(factory, "Читательская грамотность: поток");
        var cohort = await OfferArrange.CohortAsync(factory, program, null);
        await using var db = factory.Db();

        Assert.Equal(Outcome.NotFound, await new DeleteCohort(db).HandleAsync(program + 1_000_000, cohort, default));
        Assert.True(await db.ProgramCohorts.AnyAsync(c => c.Id == cohort));
    }
}
