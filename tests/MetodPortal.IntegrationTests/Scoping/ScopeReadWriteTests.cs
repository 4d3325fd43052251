using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Organizations;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.IntegrationTests.Scoping;

/// <summary>Reads and writes across two sibling municipalities: город Хабаровск and город Комсомольск-на-Амуре.</summary>
public sealed class ScopeReadWriteTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    private PortalDbContext As(DataScope scope) =>
        PortalData.CreateContext(database.ConnectionString, new CurrentUser(null, "test", scope));

    private async Task<(Municipality Khv, Municipality Kms, Organization KhvSchool, Organization KmsSchool)> FixturesAsync()
    {
        await using var db = As(DataScope.Global);
        var khv = await db.Municipalities.SingleAsync(m => m.Code == "KHV");
        var kms = await db.Municipalities.SingleAsync(m => m.Code == "KMS");
        var khvSchool = await db.Organizations.SingleAsync(o => o.ShortName == "МАОУ «СШ № 12»");
        var kmsSchool = await db.Organizations.SingleAsync(o => o.ShortName == "МОУ СОШ № 31");
        return (khv, kms, khvSchool, kmsSchool);
    }

    [Fact]
    public async Task MunicipalityUserReadsOnlyOwnMunicipality()
    {
        var (khv, _, khvSchool, kmsSchool) = await FixturesAsync();
        await using var db = As(DataScope.ForMunicipality(khv.RegionId, khv.Id));

        var organizations = await db.Organizations.ToListAsync();
        Assert.NotEmpty(organizations);
        Assert.All(organizations, o => Assert.Equal(khv.Id, o.MunicipalityId));
        Assert.NotNull(await db.Organizations.FirstOrDefaultAsync(o => o.Id == khvSchool.Id));
        Assert.Null(await db.Organizations.FirstOrDefaultAsync(o => o.Id == kmsSchool.Id));
        Assert.Empty(await db.OrganizationStatuses.Where(s => s.OrganizationId == kmsSchool.Id).ToListAsync());
        Assert.Equal([khv.Id], await db.Municipalities.Select(m => m.Id).ToListAsync());
    }

    [Fact]
    public async Task RegionUserReadsTheWholeRegionAndAnonymousReadsNothing()
    {
        var (khv, _, _, _) = await FixturesAsync();
        await using (var db = As(DataScope.ForRegion(khv.RegionId)))
        {
            Assert.Equal(19, await db.Municipalities.CountAsync());
            Assert.Equal(await CountAllOrganizationsAsync(), await db.Organizations.CountAsync());
        }

        await using (var db = As(DataScope.None))
        {
            Assert.Equal(0, await db.Organizations.CountAsync());
            Assert.Equal(0, await db.Municipalities.CountAsync());
            Assert.Equal(0, await db.OrganizationStatuses.CountAsync());
        }

        await using (var db = As(DataScope.ForRegion(khv.RegionId + 1_000_000)))
        {
            Assert.Equal(0, await db.Organizations.CountAsync());
        }
    }

    [Fact]
    public async Task OrganizationUserReadsOnlyOwnOrganization()
    {
        var (_, _, khvSchool, _) = await FixturesAsync();
        await using var db = As(DataScope.ForOrganization(khvSchool));

        Assert.Equal([khvSchool.Id], await db.Organizations.Select(o => o.Id).ToListAsync());
        Assert.All(await db.OrganizationStatuses.ToListAsync(), s => Assert.Equal(khvSchool.Id, s.OrganizationId));
    }

    [Fact]
    public async Task MunicipalityUserCannotModifyAnotherMunicipalitysOrganization()
    {
        var (khv, _, _, kmsSchool) = await FixturesAsync();
        await using var db = As(DataScope.ForMunicipality(khv.RegionId, khv.Id));

        // Even a row obtained around the filter cannot be saved.
        var foreign = await db.Organizations.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).SingleAsync(o => o.Id == kmsSchool.Id);
        foreign.Name = "Захвачено";
        await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());

        Assert.Equal(kmsSchool.Name, await NameInDatabaseAsync(kmsSchool.Id));
    }

    [Fact]
    public async Task MunicipalityUserCannotAddRowsToAnotherMunicipalitysOrganization()
    {
        var (khv, _, _, kmsSchool) = await FixturesAsync();
        await using var db = As(DataScope.ForMunicipality(khv.RegionId, khv.Id));
        var before = await CountStatusesAsync(kmsSchool.Id);

        db.OrganizationStatuses.Add(new OrganizationStatus
        {
            RegionId = kmsSchool.RegionId, OrganizationId = kmsSchool.Id, Kind = OrganizationStatusKind.InnovationSite,
            Level = OrganizationStatusLevel.Municipal, Theme = "Чужая площадка", ValidFrom = new DateOnly(2026, 1, 1),
        });
        await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());

        Assert.Equal(before, await CountStatusesAsync(kmsSchool.Id));
    }

    [Fact]
    public async Task MovingARowOutOfScopeIsRefused()
    {
        var (khv, _, khvSchool, kmsSchool) = await FixturesAsync();
        await using var db = As(DataScope.ForMunicipality(khv.RegionId, khv.Id));
        var status = await db.OrganizationStatuses.FirstAsync(s => s.OrganizationId == khvSchool.Id);

        status.OrganizationId = kmsSchool.Id;
        await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task SchoolUserCannotCreateASiblingOrganization()
    {
        var (khv, _, khvSchool, _) = await FixturesAsync();
        await using var db = As(DataScope.ForOrganization(khvSchool));

        db.AddOrganization(new Organization
        {
            RegionId = khv.RegionId, MunicipalityId = khv.Id, Name = "Новая школа", Level = OrganizationLevel.Institutional, Type = OrganizationType.School,
        });
        await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task MunicipalityUserCanChangeOwnOrganizationAndItIsAudited()
    {
        var (khv, _, khvSchool, _) = await FixturesAsync();
        await using (var db = As(DataScope.ForMunicipality(khv.RegionId, khv.Id)))
        {
            var school = await db.Organizations.SingleAsync(o => o.Id == khvSchool.Id);
            school.Address = "г. Хабаровск, ул. Тестовая, 1";
            await db.SaveChangesAsync();
        }

        await using var check = As(DataScope.Global);
        var entry = await check.AuditEntries.OrderByDescending(a => a.Id)
            .FirstAsync(a => a.EntityType == nameof(Organization) && a.EntityId == khvSchool.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Domain.Audit.AuditAction.Modified, entry.Action);
        Assert.Equal("test", entry.UserName);
        Assert.Equal(khv.RegionId, entry.RegionId);
        Assert.Contains("ул. Тестовая", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("\"Address\"", entry.Changes, StringComparison.Ordinal);
    }

    private async Task<int> CountAllOrganizationsAsync()
    {
        await using var db = As(DataScope.Global);
        return await db.Organizations.CountAsync();
    }

    private async Task<string> NameInDatabaseAsync(int organizationId)
    {
        await using var db = As(DataScope.Global);
        return await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name).SingleAsync();
    }

    private async Task<int> CountStatusesAsync(int organizationId)
    {
        await using var db = As(DataScope.Global);
        return await db.OrganizationStatuses.CountAsync(s => s.OrganizationId == organizationId);
    }
}
