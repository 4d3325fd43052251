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
    /// <summary>
    /// The place a user's report or figures are of: the one asked for, else the user's own level (an organization's user has only their own,
    /// another is null). Whether a municipality or organization asked for is in the scope is for the query filters (<see cref="ScopeFigures"/>).
    /// </summary>
    public static (int? MunicipalityId, int? OrganizationId)? PlaceOf(ClaimsPrincipal user, int? municipalityId, int? organizationId)
    {
        var scope = user.Scope();
        if (scope.Level == ScopeLevel.Organization && (municipalityId is not null || (organizationId is not null && organizationId != user.OrganizationIdOf())))
        {
            return null;
        }

        return municipalityId is null && organizationId is null
            ? scope.Level switch
            {
                ScopeLevel.Organization => (null, user.OrganizationIdOf()),
                ScopeLevel.Municipality => (scope.MunicipalityId, null),
                _ => (null, null),
            }
            : (municipalityId, organizationId);
    }

    public static async Task<MonitoringReport?> BuildAsync(PortalDbContext db, ClaimsPrincipal user, int year, int? municipalityId, int? organizationId,
        DateTimeOffset now, CancellationToken ct, FigureOrder? order = null)
    {
        var campaign = await db.MonitoringCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Year == year && c.Status != CampaignStatus.Preparation, ct);
        if (campaign is null)
        {
            return null;
        }

        if (PlaceOf(user, municipalityId, organizationId) is not { } place
            || await ScopeFigures.LoadAsync(db, campaign, IndicatorSource.Declared, place.MunicipalityId, place.OrganizationId, ct) is not { } figures)
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

        var level = figures.Level;
        var (m, o) = (figures.MunicipalityId, figures.OrganizationId);
        var progress = (await CampaignProgress.ByMunicipalityAsync(db, campaign.Id, level == FigureLevel.Municipality ? m : null, ct,
            level == FigureLevel.Organization ? o : null)).Sum();
        var completeness = new ReportCompleteness(progress.Total, progress.Accepted, progress.Submitted, progress.Late,
            progress.NotStarted + progress.Draft + progress.Returned);

        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.CampaignId == campaign.Id
                && (level != FigureLevel.Organization || r.OrganizationId == o)
                && (level != FigureLevel.Municipality || r.MunicipalityId == m || db.Organizations.Any(x => x.Id == r.OrganizationId && x.MunicipalityId == m)))
            .OrderBy(r => r.OrganizationId != null).ThenBy(r => r.OrganizationId).ThenBy(r => r.Indicator).ThenBy(r => r.Source).ToListAsync(ct);
        var targets = await db.Organizations.AsNoTracking().Where(x => recommendations.Select(r => r.OrganizationId).Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.ShortName ?? x.Name, ct);

        var zone = await RegionZone.OfAsync(db, campaign.RegionId, ct);
        return new MonitoringReport(
            campaign.Year, campaign.ReportingDate,
            level switch { FigureLevel.Region => ReportLevel.Region, FigureLevel.Municipality => ReportLevel.Municipality, _ => ReportLevel.Organization },
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
