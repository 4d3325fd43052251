using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

public sealed class RecommendationFilter
{
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public int? Indicator { get; set; }
    public RecommendationStatus? Status { get; set; }
    public IndicatorSource? Source { get; set; }
    public int Page { get; set; } = 1;
}

/// <summary>A campaign's recommendations in the user's scope: municipalities' first, then organizations', by indicator.</summary>
public static class ListRecommendations
{
    public static Task<Page<Recommendation>> PageAsync(PortalDbContext db, int campaignId, RecommendationFilter filter, CancellationToken ct) =>
        Query(db, campaignId, filter).ToPageAsync(filter.Page, ct);

    /// <summary>The recommendations of the filter in Excel, each with its addressee, value, answer and status.</summary>
    public static async Task<XlsxSheet> SheetAsync(PortalDbContext db, MonitoringCampaign campaign, RecommendationFilter filter, CancellationToken ct)
    {
        var query = Query(db, campaign.Id, filter);
        var organizations = await PublicNames.OrganizationsAsync(db,
            await query.Where(r => r.OrganizationId != null).Select(r => r.OrganizationId!.Value).Distinct().ToListAsync(ct), ct);
        var municipalities = await PublicNames.MunicipalitiesAsync(db, ct);
        return new XlsxSheet($"Рекомендации {campaign.Year}", Columns, query.AsEnumerable().Select(r => (IReadOnlyList<object?>)
        [
            r.OrganizationId is { } organization ? organizations.Of(organization) : municipalities.Of(r.MunicipalityId),
            r.OrganizationId is null ? "муниципалитет" : "организация", r.Indicator, Indicators.Passports[r.Indicator - 1].Short,
            r.Value / 100m, r.Threshold / 100m, r.Text, r.Source.Name(), r.Status.Name(), r.IssuedOn, r.Answer, r.AnsweredOn, r.AnsweredBy,
        ]));
    }

    private static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Адресат", Width: 34), new("Уровень", Width: 14), new("№ показателя", XlsxKind.Integer, 10), new("Показатель", Width: 40),
        new("Значение", XlsxKind.Percent, 10), new("Порог", XlsxKind.Percent, 10), new("Рекомендация", Width: 70), new("Данные", Width: 20),
        new("Статус", Width: 14), new("Направлена", XlsxKind.Date, 12), new("Ответ адресата", Width: 50), new("Дата ответа", XlsxKind.Date, 12),
        new("Ответил", Width: 28),
    ];

    public static IQueryable<Recommendation> Query(PortalDbContext db, int campaignId, RecommendationFilter filter)
    {
        var query = db.Recommendations.AsNoTracking().Where(r => r.CampaignId == campaignId);
        if (filter.OrganizationId is { } organizationId)
        {
            query = query.Where(r => r.OrganizationId == organizationId);
        }
        else if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(r => r.MunicipalityId == municipalityId
                || db.Organizations.Any(o => o.Id == r.OrganizationId && o.MunicipalityId == municipalityId));
        }

        if (filter.Indicator is { } indicator)
        {
            query = query.Where(r => r.Indicator == indicator);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.Source is { } source)
        {
            query = query.Where(r => r.Source == source);
        }

        return query.OrderBy(r => r.MunicipalityId == null).ThenBy(r => r.OrganizationId).ThenBy(r => r.Indicator).ThenBy(r => r.Source).ThenBy(r => r.Id);
    }
}
