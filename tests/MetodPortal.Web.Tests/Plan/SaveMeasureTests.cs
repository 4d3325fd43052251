using MetodPortal.Domain.Plan;
using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Plan;

public sealed class SaveMeasureTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static MeasureForm Form(DeadlineKind kind) => new()
    {
        Direction = 1, DirectionTitle = "Управление", Number = "3.2", Title = "Анализ мониторинга", Responsible = "ХК ИРО", Deadline = kind,
        DaysAfter = 20, ExpectedResult = "отчёт", Target = TargetKind.Indicator, TargetIndicator = 2, TargetValue = 10,
    };

    [Fact]
    public async Task A_measure_gets_its_occurrences_by_its_deadline_and_a_wrong_target_is_refused()
    {
        var plan = await PlanArrange.DemoPlanAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync(PlanArrange.Ministry));
        var save = scope.Get<SaveMeasure>();

        var afterClose = Assert.IsType<Outcome.Success>(await save.HandleAsync(plan.Id, null, Form(DeadlineKind.AfterCampaignClose), default)).Id!.Value;
        var wrong = Form(DeadlineKind.Yearly);
        wrong.TargetIndicator = 12;
        var invalid = Assert.IsType<Outcome.Invalidity>(await save.HandleAsync(plan.Id, null, wrong, default));
        Assert.Contains(invalid.Errors.Errors, e => e.ErrorMessage == "Показатель — от 1 до 9.");

        await using var db = factory.Db();
        // The demo's 2025 campaign closed on 16.02.2026: due 20 days later; its deadline in words written for it.
        var measure = await db.PlanMeasures.Include(m => m.Occurrences).SingleAsync(m => m.Id == afterClose);
        var occurrence = Assert.Single(measure.Occurrences);
        Assert.Equal((new DateOnly(2026, 3, 8), "в 20 дней после закрытия мониторинга"), (occurrence.Due, measure.DeadlineText));

        // Revised to yearly: one occurrence a year of the plan's period (2023–2026).
        var yearly = Form(DeadlineKind.Yearly);
        Assert.IsType<Outcome.Success>(await save.HandleAsync(plan.Id, afterClose, yearly, default));
        await using var again = factory.Db();
        Assert.Equal(["2023", "2024", "2025", "2026"], await again.MeasureOccurrences.Where(o => o.MeasureId == afterClose).OrderBy(o => o.Due)
            .Select(o => o.Key).ToListAsync());
    }
}
