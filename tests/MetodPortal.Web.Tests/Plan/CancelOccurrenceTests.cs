using MetodPortal.Domain.Plan;
using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Plan;

public sealed class CancelOccurrenceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_planned_occurrence_is_cancelled_with_a_reason_and_a_cancelled_one_is_not_cancelled_again()
    {
        var measure = await PlanArrange.YearlyMeasureAsync(factory);
        var occurrence = measure.Occurrences.Single(o => o.Key == "2026");
        await using var scope = factory.As(await factory.PrincipalAsync(PlanArrange.Ministry));
        var cancel = scope.Get<CancelOccurrence>();

        Assert.Equal("Укажите причину отмены.", Assert.IsType<Outcome.Refusal>(await cancel.HandleAsync(occurrence.Id, " ", default)).Reason);
        Assert.IsType<Outcome.Success>(await cancel.HandleAsync(occurrence.Id, "Перенесено в план 2027 года", default));
        Assert.IsType<Outcome.Refusal>(await cancel.HandleAsync(occurrence.Id, "Ещё раз", default));

        var cancelled = await PlanArrange.OccurrenceAsync(factory, occurrence.Id);
        Assert.Equal((OccurrenceStatus.Cancelled, "Отменено: Перенесено в план 2027 года"), (cancelled.Status, cancelled.Report));
    }
}
