using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Plan;
using MetodPortal.Reports.Monitoring;
using MetodPortal.Reports.Word;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Areas.Reports.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

/// <summary>
/// The ministry issues the reviewed analytic report, in one save: its PDF and Word documents are made from the campaign's figures as they are now
/// (the annual report's, the dashboard's) and the analysts' text, and stored — the issued report no longer changes; the campaign's recommendations
/// are issued with it (their addressees are told); the plan's measures due after the campaign's close (3.2–3.3) are marked done, late if past due.
/// </summary>
public sealed class IssueAnalysis(PortalDbContext db, TimeProvider clock, IHttpContextAccessor access)
{
    public async Task<Outcome> HandleAsync(int reportId, CancellationToken ct)
    {
        var report = await db.AnalyticReports.Include(r => r.Sections).FirstOrDefaultAsync(r => r.Id == reportId, ct);
        var campaign = report is null ? null : await db.MonitoringCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == report.CampaignId, ct);
        if (report is null || campaign is null)
        {
            return Outcome.NotFound;
        }

        if (report.IssueError is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var user = access.HttpContext!.User;
        var figures = await MonitoringReportBuilder.BuildAsync(db, user, campaign.Year, null, null, clock.GetUtcNow(), ct);
        if (figures is null)
        {
            return Outcome.NotFound;
        }

        var texts = await TextsAsync(report, ct);
        var today = await RegionZone.TodayAsync(db, report.RegionId, clock, ct);
        report.Issue(today, user.FullNameOf(), MonitoringPdf.Render(figures, texts), AnalyticDocx.Write(figures, texts));

        foreach (var recommendation in await db.Recommendations.Where(r => r.CampaignId == campaign.Id && r.IssuedOn == null).ToListAsync(ct))
        {
            recommendation.IssuedOn = today;
        }

        var occurrences = await db.MeasureOccurrences.Include(o => o.Measure)
            .Where(o => o.CampaignId == campaign.Id && o.Status == OccurrenceStatus.Planned).ToListAsync(ct);
        foreach (var occurrence in occurrences)
        {
            occurrence.Complete(today, $"Выпущен информационно-аналитический отчёт по мониторингу за {campaign.Year} год с адресными рекомендациями.",
                $"/analysis/{report.Id}", user.FullNameOf());
        }

        await db.SaveChangesAsync(ct);
        var late = today > report.Due ? $" — позже срока ({Display.Date(report.Due)})" : "";
        return Outcome.Done($"Отчёт выпущен{late}; рекомендации направлены адресатам, мероприятия плана отмечены выполненными: {occurrences.Count}.",
            report.Id);
    }

    /// <summary>The written sections, in the report's order.</summary>
    private async Task<List<AnalyticText>> TextsAsync(AnalyticReport report, CancellationToken ct) =>
        [.. (await AnalysisSections.OfAsync(db, ct)).Where(s => report.TextOf(s.Key) is not null)
            .Select(s => new AnalyticText(s.Heading, report.TextOf(s.Key)!))];
}
