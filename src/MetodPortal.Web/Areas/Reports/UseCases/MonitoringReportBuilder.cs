using System.Security.Claims;
using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Scoping;
using MetodPortal.Reports.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Reports.UseCases;

/// <summary>
/// Arranges the annual report of one place from the accepted forms — the same <see cref="ScopeFigures"/> call as the
/// dashboard — with the completeness of the forms and the targeted recommendations. Without a place, the user's
/// whole scope; a place outside it gives null (404).
/// </summary>
public static class MonitoringReportBuilder
{
    public static async Task<MonitoringReport?> BuildAsync(PortalDbContext db, ClaimsPrincipal user, int year, int? municipalityId, int? organizationId,
        DateTimeOffset now, CancellationToken ct, FigureOrder? order = null)
    {
        var campaign = await db.MonitoringCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Year == year && c.Status != CampaignStatus.Preparation, ct);
        if (campaign is null)
        {
            return null;
        }

        // An organization's user has only its own report.
        var scope = user.Scope();
        if (scope.Level == ScopeLevel.Organization && (municipalityId is not null || (organizationId is not null && organizationId != user.OrganizationIdOf())))
        {
            return null;
        }

        if (municipalityId is null && organizationId is null)
        {
            (municipalityId, organizationId) = scope.Level switch
            {
                ScopeLevel.Organization => (null, user.OrganizationIdOf()),
                ScopeLevel.Municipality => (scope.MunicipalityId, null),
                _ => ((int?)null, (int?)null),
            };
        }

        var figures = await ScopeFigures.LoadAsync(db, campaign, IndicatorSource.Declared, municipalityId, organizationId, ct);
        if (figures is null)
        {
            return null;
        }

        var names = await PublicNames.MunicipalitiesAsync(db, ct);
        var organizations = figures.Level switch
        {
            FigureLevel.Region => await ScopeFigures.OrganizationRowsAsync(db, _ => true, figures.Counts, ct),
            FigureLevel.Municipality => figures.Children,
            _ => [figures.Total],
        };

        var place = figures.Level;
        var (m, o) = (figures.MunicipalityId, figures.OrganizationId);
        var progress = (await CampaignProgress.ByMunicipalityAsync(db, campaign.Id, place == FigureLevel.Municipality ? m : null, ct,
            place == FigureLevel.Organization ? o : null)).Sum();
        var completeness = new ReportCompleteness(progress.Total, progress.Accepted, progress.Submitted, progress.Late,
            progress.NotStarted + progress.Draft + progress.Returned);

        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.CampaignId == campaign.Id
                && (place != FigureLevel.Organization || r.OrganizationId == o)
                && (place != FigureLevel.Municipality || r.MunicipalityId == m || db.Organizations.Any(x => x.Id == r.OrganizationId && x.MunicipalityId == m)))
            .OrderBy(r => r.OrganizationId != null).ThenBy(r => r.OrganizationId).ThenBy(r => r.Indicator).ThenBy(r => r.Source).ToListAsync(ct);
        var targets = await db.Organizations.AsNoTracking().Where(x => recommendations.Select(r => r.OrganizationId).Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.ShortName ?? x.Name, ct);

        var zone = await RegionZone.OfAsync(db, campaign.RegionId, ct);
        return new MonitoringReport(
            campaign.Year, campaign.ReportingDate,
            place switch { FigureLevel.Region => ReportLevel.Region, FigureLevel.Municipality => ReportLevel.Municipality, _ => ReportLevel.Organization },
            figures.Total.Name, Display.DateTime(now, zone.Id), user.FindFirstValue(PortalClaims.FullName) ?? user.Identity?.Name ?? "",
            campaign.Thresholds, figures.Total.Counts,
            [.. (order ?? new FigureOrder()).Apply(figures.Children)
                .Select(c => new ReportPlace(c.Name, c.MunicipalityId is { } cm ? names.Of(cm) : null, c.Counts))],
            [.. organizations.Select(x => new ReportPlace(x.Name, x.MunicipalityId is { } xm ? names.Of(xm) : null, x.Counts))],
            completeness,
            [.. recommendations.Select(r => new ReportRecommendation(r.OrganizationId is { } ro ? targets.GetValueOrDefault(ro, "—")
                : names.Of(r.MunicipalityId), r.Indicator,
                r.Value, r.Threshold, r.Text, r.Source.Name(), r.Status.Name()))]);
    }
}
