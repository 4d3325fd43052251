using MetodPortal.Data;
using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

public sealed class FormFilter
{
    public int? MunicipalityId { get; set; }
    public FormStatus? Status { get; set; }
    public bool Late { get; set; }

    /// <summary>Only the forms not sent after the campaign's deadline.</summary>
    public bool Overdue { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record FormRow(int Id, string Organization, int? MunicipalityId, FormStatus Status, DateTimeOffset? SubmittedAt, bool IsLate);

/// <summary>A campaign's forms in the user's scope, by municipality and organization; in Excel with every declared count beside the registry's.</summary>
public static class ListForms
{
    public static Task<Page<FormRow>> PageAsync(PortalDbContext db, MonitoringCampaign campaign, FormFilter filter, DateTimeOffset now, CancellationToken ct) =>
        Rows(Query(db, campaign, filter, now)).ToPageAsync(filter.Page, ct);

    public static async Task<XlsxSheet> SheetAsync(PortalDbContext db, MonitoringCampaign campaign, FormFilter filter, DateTimeOffset now, CancellationToken ct)
    {
        var forms = await Query(db, campaign, filter, now).Select(f => new
        {
            f.Organization!.ShortName, f.Organization.Name, f.Organization.MunicipalityId, f.OrganizationId, f.Status, f.SubmittedAt, f.IsLate, f.Declared,
            f.DiscrepancyComment,
        }).ToListAsync(ct);
        var registry = (await RegistryIndicators.ComputeAsync(db, campaign.RegionId, campaign.Year, campaign.ReportingDate, ct))
            .Where(r => r.Level == IndicatorLevel.Organization).ToDictionary(r => r.Id!.Value, r => r.Counts);
        var municipalities = await PublicNames.MunicipalitiesAsync(db, ct);
        var zone = await RegionZone.OfAsync(db, campaign.RegionId, ct);
        var columns = new List<XlsxColumn>
        {
            new("Организация", Width: 40), new("Муниципалитет", Width: 24), new("Статус", Width: 14), new("Отправлена", XlsxKind.Date, 12),
            new("С опозданием", Width: 12),
        };
        foreach (var field in IndicatorCounts.FormFields)
        {
            columns.Add(new($"{field.Label} — в форме", XlsxKind.Integer, 14));
            columns.Add(new($"{field.Label} — по реестру", XlsxKind.Integer, 14));
        }

        columns.Add(new("Комментарий к расхождению", Width: 40));
        var rows = forms.Select(f =>
        {
            var counted = registry.GetValueOrDefault(f.OrganizationId) ?? IndicatorCounts.OneOrganization;
            return (IReadOnlyList<object?>)
            [
                f.ShortName ?? f.Name, f.MunicipalityId is null ? "региональная" : municipalities.Of(f.MunicipalityId), f.Status.Name(),
                f.SubmittedAt is { } at ? TimeZoneInfo.ConvertTime(at, zone).DateTime : null, f.IsLate,
                .. IndicatorCounts.FormFields.SelectMany(field => new object?[] { field.Of(f.Declared), field.Of(counted) }), f.DiscrepancyComment,
            ];
        });
        return new XlsxSheet($"Формы {campaign.Year}", columns, rows);
    }

    private static IQueryable<MonitoringForm> Query(PortalDbContext db, MonitoringCampaign campaign, FormFilter filter, DateTimeOffset now)
    {
        var query = db.MonitoringForms.AsNoTracking().Where(f => f.CampaignId == campaign.Id);
        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(f => f.Organization!.MunicipalityId == municipalityId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(f => f.Status == status);
        }

        if (filter.Late)
        {
            query = query.Where(f => f.IsLate);
        }

        if (filter.Overdue)
        {
            query = query.Overdue(campaign, now);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(f => EF.Functions.ILike(RussianText.Folded(f.Organization!.Name), pattern, Like.Escape)
                || (f.Organization.ShortName != null && EF.Functions.ILike(RussianText.Folded(f.Organization.ShortName), pattern, Like.Escape)));
        }

        return query.OrderBy(f => f.Organization!.MunicipalityId).ThenBy(f => f.Organization!.ShortName ?? f.Organization.Name).ThenBy(f => f.Id);
    }

    /// <summary>The short name the region uses day to day; the full legal name is on the form's card.</summary>
    private static IQueryable<FormRow> Rows(IQueryable<MonitoringForm> forms) =>
        forms.Select(f => new FormRow(
            f.Id, f.Organization!.ShortName ?? f.Organization.Name, f.Organization.MunicipalityId, f.Status, f.SubmittedAt, f.IsLate));
}
