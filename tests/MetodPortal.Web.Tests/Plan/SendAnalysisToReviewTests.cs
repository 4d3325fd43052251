using MetodPortal.Domain.Plan;
using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Plan;

public sealed class SendAnalysisToReviewTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_empty_draft_is_refused_and_a_written_one_goes_to_the_ministry()
    {
        var draft = await AnalysisArrange.OpenedAsync(factory, 2042);
        await using var scope = factory.As(await factory.PrincipalAsync(PlanArrange.Cnppm));

        Assert.StartsWith("Напишите хотя бы один раздел", Assert.IsType<Outcome.Refusal>(await scope.Get<SendAnalysisToReview>().HandleAsync(draft.Id,
            default)).Reason, StringComparison.Ordinal);
        await scope.Get<WriteAnalysis>().HandleAsync(draft.Id, new Dictionary<string, string?> { ["summary"] = "Итоги" }, default);
        Assert.IsType<Outcome.Success>(await scope.Get<SendAnalysisToReview>().HandleAsync(draft.Id, default));

        Assert.Equal(AnalyticStatus.InReview, (await AnalysisArrange.ReportOfAsync(factory, draft.CampaignId)).Status);
        await using var db = factory.Db();
        Assert.True(await db.Notifications.AnyAsync(n => n.Kind == Data.Notifications.NoticeKind.AnalysisToReview && n.Url == $"/analysis/{draft.Id}"
            && db.Users.Any(u => u.Id == n.UserId && u.Email == PlanArrange.Ministry)));
    }
}
