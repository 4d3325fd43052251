using MetodPortal.Domain.Monitoring;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>Forms their school has still to send: not started, a draft, or returned by the coordinator.</summary>
public static class NotSentForms
{
    public static IQueryable<MonitoringForm> NotSent(this IQueryable<MonitoringForm> forms) =>
        forms.Where(f => f.Status == FormStatus.NotStarted || f.Status == FormStatus.Draft || f.Status == FormStatus.Returned);

    /// <summary>The campaign's forms not sent after its deadline: none before the deadline.</summary>
    public static IQueryable<MonitoringForm> Overdue(this IQueryable<MonitoringForm> forms, MonitoringCampaign campaign, DateTimeOffset now) =>
        campaign.Deadline < now ? forms.Where(f => f.CampaignId == campaign.Id).NotSent() : forms.Where(f => false);
}
