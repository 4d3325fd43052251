using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Plan;
using Microsoft.EntityFrameworkCore;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

public sealed class CloseCampaignTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_open_campaign_closes_and_one_in_preparation_is_refused()
    {
        var open = await CampaignArrange.CampaignAsync(factory, 2036, CampaignStatus.Open);
        var preparing = await CampaignArrange.CampaignAsync(factory, 2037);
        await using var scope = factory.As(await factory.PrincipalAsync(CampaignArrange.Ministry));

        Assert.Equal(Outcome.Done("Мониторинг за 2036 год закрыт: формы доступны только для чтения; открыта задача анализа его результатов."),
            await scope.Get<CloseCampaign>().HandleAsync(open.Id, default));
        Assert.IsType<Outcome.Refusal>(await scope.Get<CloseCampaign>().HandleAsync(preparing.Id, default));

        var closed = await CampaignArrange.ReloadAsync(factory, open.Id);
        Assert.Equal((CampaignStatus.Closed, CampaignStatus.Preparation), (closed.Status, (await CampaignArrange.ReloadAsync(factory, preparing.Id)).Status));

        // The analysis task opens: due 30 days (the demo plan's measure 3.2) after the day it closed in Khabarovsk.
        await using var db = factory.Db();
        var analysis = await db.AnalyticReports.SingleAsync(r => r.CampaignId == open.Id);
        var closedOn = DateOnly.FromDateTime(closed.ClosedAt!.Value.ToOffset(TimeSpan.FromHours(10)).DateTime);
        Assert.Equal((AnalyticStatus.Draft, closedOn.AddDays(30)), (analysis.Status, analysis.Due));
        Assert.True(await db.Notifications.AnyAsync(n => n.Kind == Data.Notifications.NoticeKind.AnalysisOpened
            && n.Text.Contains(closedOn.AddDays(30).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture))
            && db.Users.Any(u => u.Id == n.UserId && u.Email == "cnppm@demo.local")));
    }
}
