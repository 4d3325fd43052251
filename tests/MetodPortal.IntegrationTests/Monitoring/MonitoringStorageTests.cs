using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.IntegrationTests.Monitoring;

public sealed class MonitoringStorageTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task AFormKeepsItsDeclaredCountsAndTheirChangesAreAudited()
    {
        int formId;
        await using (var db = PortalData.CreateContext(database.ConnectionString, CurrentUser.System))
        {
            var school = await db.Organizations.SingleAsync(o => o.ShortName == "МАОУ «СШ № 12»");
            var campaign = new MonitoringCampaign
            {
                RegionId = school.RegionId, Year = 2030, ReportingDate = new DateOnly(2030, 12, 31),
                    Deadline = new DateTimeOffset(2031, 1, 20, 14, 0, 0, TimeSpan.Zero),
            };
            campaign.Thresholds[1] = 10m;
            db.MonitoringCampaigns.Add(campaign);
            var form = new MonitoringForm { RegionId = school.RegionId, OrganizationId = school.Id, CampaignId = campaign.Id,
                Declared = new IndicatorCounts { Educators = 30, Diagnosed = 12, Organizations = 1 } };
            db.MonitoringForms.Add(form);
            await db.SaveChangesAsync();
            formId = form.Id;

            form.Declared = form.Declared with { Diagnosed = 14 };
            await db.SaveChangesAsync();
        }

        await using var check = PortalData.CreateContext(database.ConnectionString, CurrentUser.System);
        var stored = await check.MonitoringForms.Include(f => f.Campaign).SingleAsync(f => f.Id == formId);
        Assert.Equal(new IndicatorCounts { Educators = 30, Diagnosed = 14, Organizations = 1 }, stored.Declared);
        Assert.Equal(10m, stored.Campaign!.ThresholdOf(2));
        Assert.Equal(6m, stored.Campaign.ThresholdOf(1));
        var audit = await check.AuditEntries.Where(a => a.EntityType == nameof(MonitoringForm)
            && a.EntityId == formId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).Select(a => a.Changes).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.Contains("Declared.Diagnosed", audit[1]!, StringComparison.Ordinal);
        Assert.DoesNotContain("Declared.Educators", audit[1]!, StringComparison.Ordinal);
    }
}
