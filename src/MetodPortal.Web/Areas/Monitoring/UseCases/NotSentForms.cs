using MetodPortal.Domain.Monitoring;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>Forms their school has still to send: not started, a draft, or returned by the coordinator.</summary>
public static class NotSentForms
{
    public static IQueryable<MonitoringForm> NotSent(this IQueryable<MonitoringForm> forms) =>
        forms.Where(f => f.Status == FormStatus.NotStarted || f.Status == FormStatus.Draft || f.Status == FormStatus.Returned);
}
