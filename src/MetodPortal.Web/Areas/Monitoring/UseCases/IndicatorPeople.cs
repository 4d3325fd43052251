using MetodPortal.Data;
using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

public sealed class PeopleFilter
{
    public int Indicator { get; set; }

    /// <summary>The denominator's people rather than the numerator's.</summary>
    public bool Denominator { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record PersonRow(int Id, string Name, IReadOnlyList<string> Workplaces);

/// <summary>
/// The named people behind a registry count of one indicator in the user's scope, by surname: a page at a time (the denominator of a
/// region is 25,000 people), and all of them in Excel.
/// </summary>
public static class IndicatorPeople
{
    public const int PageSize = 50;

    public static async Task<Page<PersonRow>> PageAsync(PortalDbContext db, MonitoringCampaign campaign, PeopleFilter filter, CancellationToken ct) =>
        await Rows(db, campaign, await IdsAsync(db, campaign, filter, ct)).ToPageAsync(filter.Page, ct, PageSize);

    public static async Task<XlsxSheet> SheetAsync(PortalDbContext db, MonitoringCampaign campaign, PeopleFilter filter, CancellationToken ct)
    {
        var rows = Rows(db, campaign, await IdsAsync(db, campaign, filter, ct));
        return new XlsxSheet($"Показатель {filter.Indicator}", Columns, rows.AsEnumerable().Select(p => (IReadOnlyList<object?>)
            [p.Name, string.Join("; ", p.Workplaces), p.Id]));
    }

    private static readonly IReadOnlyList<XlsxColumn> Columns =
        [new("Педагог", Width: 40), new("Место работы", Width: 60), new("№ в реестре", XlsxKind.Integer, 12)];

    private static Task<List<int>> IdsAsync(PortalDbContext db, MonitoringCampaign campaign, PeopleFilter filter, CancellationToken ct) =>
        RegistryIndicators.PeopleAsync(db, campaign.RegionId, campaign.Year, campaign.ReportingDate, filter.Indicator, !filter.Denominator,
            filter.OrganizationId, filter.MunicipalityId, ct);

    /// <summary>Where each works on the reporting date, by the short name the region uses.</summary>
    private static IQueryable<PersonRow> Rows(PortalDbContext db, MonitoringCampaign campaign, List<int> ids) =>
        db.Educators.AsNoTracking().Where(e => ids.Contains(e.Id))
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ThenBy(e => e.MiddleName).ThenBy(e => e.Id)
            .Select(e => new PersonRow(e.Id, e.FullName, e.Employments
                .Where(x => x.Organization!.CountsInIndicators && (x.EndDate == null || x.EndDate >= campaign.ReportingDate))
                .Select(x => x.Organization!.ShortName ?? x.Organization.Name).ToList()));
}
