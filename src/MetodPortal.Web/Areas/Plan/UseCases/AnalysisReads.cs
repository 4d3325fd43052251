using System.Security.Claims;
using MetodPortal.Data;
using MetodPortal.Domain.Plan;
using MetodPortal.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

/// <summary>An analytic report in a list: its campaign's year, deadline, status and day of issue.</summary>
public sealed record AnalysisLine(int Id, int Year, DateOnly Due, AnalyticStatus Status, DateOnly? IssuedOn);

/// <summary>Which analytic reports a user reads: drafts and reports in review are for their writers and reviewers; the others see issued ones.</summary>
public static class AnalysisReads
{
    public static IQueryable<AnalyticReport> Visible(PortalDbContext db, ClaimsPrincipal user)
    {
        var seesDrafts = user.Allows(Policies.WriteAnalysis) || user.Allows(Policies.IssueAnalysis);
        return db.AnalyticReports.AsNoTracking().Where(r => seesDrafts || r.Status == AnalyticStatus.Issued);
    }

    /// <summary>The visible reports, latest deadline first, as list lines.</summary>
    public static IQueryable<AnalysisLine> Lines(PortalDbContext db, ClaimsPrincipal user) =>
        Visible(db, user).OrderByDescending(r => r.Due)
            .Join(db.MonitoringCampaigns, r => r.CampaignId, c => c.Id, (r, c) => new AnalysisLine(r.Id, c.Year, r.Due, r.Status, r.IssuedOn));
}
