using System.Globalization;
using System.Text.Json;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Organizations;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.IntegrationTests.Auditing;

public sealed class AuditInterceptorTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task CreateModifyDeleteEachWriteAnEntryWithOldAndNewValues()
    {
        var user = new CurrentUser(42, "auditor@test", DataScope.Global);
        int statusId;
        await using (var db = PortalData.CreateContext(database.ConnectionString, user))
        {
            var school = await db.Organizations.FirstAsync(o => o.Type == OrganizationType.School);
            var status = new OrganizationStatus
            {
                RegionId = school.RegionId, OrganizationId = school.Id, Kind = OrganizationStatusKind.InternshipSite,
                Level = OrganizationStatusLevel.Municipal, Theme = "Первая тема", ValidFrom = new DateOnly(2026, 9, 1),
            };
            db.OrganizationStatuses.Add(status);
            await db.SaveChangesAsync();
            statusId = status.Id;

            status.Theme = "Вторая тема";
            await db.SaveChangesAsync();

            db.OrganizationStatuses.Remove(status);
            await db.SaveChangesAsync();
        }

        await using var check = PortalData.CreateContext(database.ConnectionString, CurrentUser.System);
        var id = statusId.ToString(CultureInfo.InvariantCulture);
        var entries = await check.AuditEntries.Where(a => a.EntityType == nameof(OrganizationStatus) && a.EntityId == id).OrderBy(a => a.Id).ToListAsync();

        Assert.Equal([AuditAction.Created, AuditAction.Modified, AuditAction.Deleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(42, e.UserId));
        var modified = JsonSerializer.Deserialize<Dictionary<string, string[]>>(entries[1].Changes!)!;
        Assert.Equal(["Первая тема", "Вторая тема"], modified["Theme"]);
        Assert.Single(modified);
    }

    [Fact]
    public async Task AFailedSaveLeavesNoAuditEntry()
    {
        await using var global = PortalData.CreateContext(database.ConnectionString, CurrentUser.System);
        var kms = await global.Municipalities.SingleAsync(m => m.Code == "KMS");
        var khv = await global.Municipalities.SingleAsync(m => m.Code == "KHV");
        var foreign = await global.Organizations.AsNoTracking().FirstAsync(o => o.MunicipalityId == kms.Id);
        var before = await global.AuditEntries.CountAsync();

        await using var db = PortalData.CreateContext(database.ConnectionString, new CurrentUser(1, "x", DataScope.ForMunicipality(khv.RegionId, khv.Id)));
        db.Organizations.Attach(foreign);
        foreign.Name = "Изменено";
        await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());

        Assert.Equal(before, await global.AuditEntries.CountAsync());
    }
}
