using MetodPortal.Domain.Plan;
using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Plan;

public sealed class ReturnAnalysisTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_reviewer_returns_a_report_in_review_with_what_to_correct()
    {
        var report = await AnalysisArrange.DemoInReviewAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync(PlanArrange.Ministry));
        var back = scope.Get<ReturnAnalysis>();

        Assert.Equal("Укажите, что исправить.", Assert.IsType<Outcome.Refusal>(await back.HandleAsync(report.Id, "", default)).Reason);
        Assert.IsType<Outcome.Success>(await back.HandleAsync(report.Id, "Добавьте выводы по показателю 8", default));
        Assert.IsType<Outcome.Refusal>(await back.HandleAsync(report.Id, "Ещё", default));

        var returned = await AnalysisArrange.ReportOfAsync(factory, report.CampaignId);
        Assert.Equal((AnalyticStatus.Draft, "Добавьте выводы по показателю 8"), (returned.Status, returned.ReviewComment));
    }
}
