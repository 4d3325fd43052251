using System.Security.Claims;
using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Scoping;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Areas.Reports.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Api.UseCases;

/// <summary>How many forms of a campaign are in each status, in the scope; <see cref="AcceptedShare"/> in percent.</summary>
public sealed record ApiCompleteness(int Forms, int NotStarted, int Draft, int Submitted, int Returned, int Accepted, int Late, decimal? AcceptedShare);

public sealed record ApiCampaign(int Id, int Year, DateOnly ReportingDate, DateTimeOffset Deadline, CampaignStatus Status, DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt, IReadOnlyList<decimal> Thresholds, ApiCompleteness Completeness);

public sealed record ApiForm(int Id, int OrganizationId, string Organization, int? MunicipalityId, FormStatus Status, DateTimeOffset? SubmittedAt,
    bool IsLate);

/// <summary>
/// One indicator of one place: numerator over denominator, the share in percent (null with an empty denominator), the
/// campaign's threshold and whether it is met (compared exactly), and where the counts come from.
/// </summary>
public sealed record ApiIndicator(int Number, string Name, string ShortName, int Numerator, int Denominator, decimal? Share, decimal Threshold,
    bool MeetsThreshold, string NumeratorDefinition, string DenominatorDefinition, string Source);

public enum ApiPlaceLevel
{
    Region = 1,
    Municipality = 2,
    Organization = 3,
}

/// <summary>A place and its nine indicators (empty when it has no accepted form, or nobody in the registry).</summary>
public sealed record ApiPlaceFigures(ApiPlaceLevel Level, int? Id, string Name, int? MunicipalityId, IReadOnlyList<ApiIndicator> Indicators);

/// <summary>The indicators of a year at one place, and of the places one level down — the dashboard's and the report's figures.</summary>
public sealed record ApiIndicators(int Year, int CampaignId, IndicatorSource Source, ApiPlaceFigures Place, IReadOnlyList<ApiPlaceFigures> Breakdown);

public sealed record ApiRecommendation(int Id, int Year, int Indicator, int? OrganizationId, int? MunicipalityId, IndicatorSource Source, decimal Value,
    decimal Threshold, string Text, RecommendationStatus Status, DateOnly? IssuedOn, string? Answer, DateOnly? AnsweredOn);

public class PlaceQuery : ApiPaging
{
    public int? Year { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
}

public sealed class IndicatorQuery : IApiQuery
{
    public int? Year { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public IndicatorSource Source { get; set; } = IndicatorSource.Declared;

    public string? Error() => MunicipalityId is not null && OrganizationId is not null ? "Укажите что-то одно: municipalityId или organizationId." : null;
}

public sealed class FormQuery : ApiPaging
{
    public int? MunicipalityId { get; set; }
    public FormStatus? Status { get; set; }
}

/// <summary>The monitoring for the API: campaigns with their completeness, forms, indicators and recommendations, in the token's scope.</summary>
public static class MonitoringFeed
{
    /// <summary>Campaigns once opened (one in preparation is not yet the region's), newest first.</summary>
    public static async Task<List<ApiCampaign>> CampaignsAsync(PortalDbContext db, int? year, CancellationToken ct, int? id = null)
    {
        var campaigns = await db.MonitoringCampaigns.AsNoTracking()
            .Where(c => c.Status != CampaignStatus.Preparation && (year == null || c.Year == year) && (id == null || c.Id == id))
            .OrderByDescending(c => c.Year).ToListAsync(ct);
        var answer = new List<ApiCampaign>();
        foreach (var c in campaigns)
        {
            var p = (await CampaignProgress.ByMunicipalityAsync(db, c.Id, null, ct)).Sum();
            answer.Add(new ApiCampaign(c.Id, c.Year, c.ReportingDate, c.Deadline, c.Status, c.OpenedAt, c.ClosedAt, c.Thresholds,
                new ApiCompleteness(p.Total, p.NotStarted, p.Draft, p.Submitted, p.Returned, p.Accepted, p.Late,
                    p.Total == 0 ? null : Math.Round(100m * p.Accepted / p.Total, 2))));
        }

        return answer;
    }

    /// <summary>The campaign of the year, or without a year the latest one opened.</summary>
    public static Task<MonitoringCampaign?> CampaignOfAsync(PortalDbContext db, int? year, CancellationToken ct) =>
        db.MonitoringCampaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Preparation && (year == null || c.Year == year))
            .OrderByDescending(c => c.Year).FirstOrDefaultAsync(ct);

    public static IQueryable<ApiForm> Forms(PortalDbContext db, int campaignId, FormQuery query) =>
        db.MonitoringForms.AsNoTracking()
            .Where(f => f.CampaignId == campaignId && (query.MunicipalityId == null || f.Organization!.MunicipalityId == query.MunicipalityId)
                && (query.Status == null || f.Status == query.Status))
            .OrderBy(f => f.OrganizationId)
            .Select(f => new ApiForm(f.Id, f.OrganizationId, f.Organization!.ShortName ?? f.Organization.Name, f.Organization.MunicipalityId, f.Status,
                f.SubmittedAt, f.IsLate));

    /// <summary>
    /// The figures of the place asked for — by default the user's own level, as the dashboard opens — from the same engine call as the dashboard
    /// and the report (<see cref="ScopeFigures"/>); null when there is no such campaign or the place is outside the scope.
    /// </summary>
    public static async Task<ApiIndicators?> IndicatorsAsync(PortalDbContext db, ClaimsPrincipal user, IndicatorQuery query, CancellationToken ct)
    {
        var campaign = await CampaignOfAsync(db, query.Year, ct);
        if (campaign is null || MonitoringReportBuilder.PlaceOf(user, query.MunicipalityId, query.OrganizationId) is not { } place
            || await ScopeFigures.LoadAsync(db, campaign, query.Source, place.MunicipalityId, place.OrganizationId, ct) is not { } figures)
        {
            return null;
        }

        var thresholds = campaign.Thresholds;
        ApiPlaceFigures Place(FigureRow row, ApiPlaceLevel level) =>
            new(level, row.Id, row.Name, row.MunicipalityId, row.Counts is { } counts ? Nine(counts, thresholds) : []);
        var level = (ApiPlaceLevel)(int)figures.Level;
        return new ApiIndicators(campaign.Year, campaign.Id, query.Source, Place(figures.Total, level),
            [.. figures.Children.Select(c => Place(c, c.IsOrganization ? ApiPlaceLevel.Organization : ApiPlaceLevel.Municipality))]);
    }

    private static List<ApiIndicator> Nine(IndicatorCounts counts, IReadOnlyList<decimal> thresholds) =>
    [
        .. counts.Shares().Select((share, i) =>
        {
            var passport = Indicators.Passports[i];
            return new ApiIndicator(passport.Number, passport.Wording, passport.Short, share.Part, share.Whole,
                share.Percent is { } percent ? Math.Round(percent, 2) : null, thresholds[i], share.Meets(thresholds[i]), passport.Numerator,
                passport.Denominator, passport.Source);
        }),
    ];

    public static IQueryable<ApiRecommendation> Recommendations(PortalDbContext db, int campaignId, PlaceQuery query) =>
        ListRecommendations.Query(db, campaignId, new RecommendationFilter { MunicipalityId = query.MunicipalityId, OrganizationId = query.OrganizationId })
            .OrderBy(r => r.Id)
            .Select(r => new ApiRecommendation(r.Id, r.Campaign!.Year, r.Indicator, r.OrganizationId, r.MunicipalityId, r.Source, r.Value, r.Threshold,
                r.Text, r.Status, r.IssuedOn, r.Answer, r.AnsweredOn));
}
