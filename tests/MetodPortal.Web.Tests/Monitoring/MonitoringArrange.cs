using System.Globalization;
using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Monitoring;

/// <summary>Campaigns and forms arranged straight in the database, and the form's fields as the page posts them.</summary>
public static class MonitoringArrange
{
    /// <summary>An open (or given status) campaign of the demo region with forms for the named schools; returns the form ids by school.</summary>
    public static async Task<Dictionary<string, int>> CampaignAsync(this PortalFactory factory, int year, DateTimeOffset deadline,
        CampaignStatus status = CampaignStatus.Open, params string[] schools)
    {
        await using var db = factory.Db();
        var organizations = await db.Organizations.Where(o => schools.Contains(o.ShortName)).ToListAsync();
        var campaign = new MonitoringCampaign
        {
            RegionId = organizations[0].RegionId, Year = year, ReportingDate = new DateOnly(year, 12, 31), Deadline = deadline, Status = status,
        };
        db.MonitoringCampaigns.Add(campaign);
        var forms = organizations.ToDictionary(o => o.ShortName!, o => new MonitoringForm
        {
            RegionId = o.RegionId, OrganizationId = o.Id, Campaign = campaign, Declared = IndicatorCounts.OneOrganization,
        });
        db.MonitoringForms.AddRange(forms.Values);
        await db.SaveChangesAsync();
        return forms.ToDictionary(f => f.Key, f => f.Value.Id);
    }

    public static async Task<MonitoringForm> FormAsync(this PortalFactory factory, int id)
    {
        await using var db = factory.Db();
        return await db.MonitoringForms.AsNoTracking().Include(f => f.History).SingleAsync(f => f.Id == id);
    }

    /// <summary>The registry's counts for a form's organization, as the engine computes them.</summary>
    public static async Task<IndicatorCounts> RegistryOfAsync(this PortalFactory factory, int formId)
    {
        await using var db = factory.Db();
        var form = await db.MonitoringForms.Include(f => f.Campaign).SingleAsync(f => f.Id == formId);
        var rows = await RegistryIndicators.ComputeAsync(db, form.RegionId, form.Campaign!.Year, form.Campaign.ReportingDate, default, form.OrganizationId);
        return rows.Single(r => r.Level == IndicatorLevel.Organization).Counts;
    }

    public static (string, string)[] Fields(IndicatorCounts counts, string action, string? comment = null) =>
    [
        .. IndicatorCounts.FormFields.Select(f => (f.Name, f.Of(counts).ToString(CultureInfo.InvariantCulture))),
        ("DiscrepancyComment", comment ?? ""), ("action", action),
    ];
}
