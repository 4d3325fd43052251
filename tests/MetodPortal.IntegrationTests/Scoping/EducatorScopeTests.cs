using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Staff;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.IntegrationTests.Scoping;

/// <summary>A person is visible and writable through an employment in scope, and only so.</summary>
public sealed class EducatorScopeTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    private PortalDbContext As(DataScope scope) => PortalData.CreateContext(database.ConnectionString, new CurrentUser(null, "test", scope));

    [Fact]
    public async Task SchoolSeesItsOwnStaffOnlyAndTheSharedTeacherFromBothSchools()
    {
        await using var global = As(DataScope.Global);
        var school12 = await global.Organizations.SingleAsync(o => o.ShortName == "МАОУ «СШ № 12»");
        var gymnasium4 = await global.Organizations.SingleAsync(o => o.ShortName == "МБОУ «Гимназия № 4»");
        var shared = await global.Educators.SingleAsync(e => e.Employments.Count == 2);

        await using var school = As(DataScope.ForOrganization(school12));
        var visible = await school.Educators.Select(e => e.Id).ToListAsync();
        var expected = await global.Employments.Where(x => x.OrganizationId == school12.Id).Select(x => x.EducatorId).Distinct().ToListAsync();
        Assert.Equal(expected.Order(), visible.Order());
        Assert.Contains(shared.Id, visible);

        await using var gymnasium = As(DataScope.ForOrganization(gymnasium4));
        Assert.NotNull(await gymnasium.Educators.FirstOrDefaultAsync(e => e.Id == shared.Id));
        Assert.Single(await gymnasium.Employments.Where(x => x.EducatorId == shared.Id).ToListAsync());
    }

    [Fact]
    public async Task SchoolCannotChangeAPersonWithNoEmploymentInItsScope()
    {
        await using var global = As(DataScope.Global);
        var school12 = await global.Organizations.SingleAsync(o => o.ShortName == "МАОУ «СШ № 12»");
        var kms = await global.Organizations.SingleAsync(o => o.ShortName == "МОУ СОШ № 31");
        var foreignId = await global.Employments.Where(x => x.OrganizationId == kms.Id).Select(x => x.EducatorId).FirstAsync();

        await using var school = As(DataScope.ForOrganization(school12));
        var foreign = await school.Educators.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).SingleAsync(e => e.Id == foreignId);
        foreign.Email = "changed-by-another-school@test.ru";
        await Assert.ThrowsAsync<ScopeViolationException>(() => school.SaveChangesAsync());

        // Giving the person an employment here in the same save makes the change legitimate.
        school.Employments.Add(new Employment { RegionId = school12.RegionId, OrganizationId = school12.Id, EducatorId = foreignId,
            Position = Position.Teacher, IsMain = false });
        await school.SaveChangesAsync();
        Assert.Equal("changed-by-another-school@test.ru", (await global.Educators.AsNoTracking().SingleAsync(e => e.Id == foreignId)).Email);
    }

    [Fact]
    public async Task ANewPersonNeedsAnEmploymentInScope()
    {
        await using var global = As(DataScope.Global);
        var school12 = await global.Organizations.SingleAsync(o => o.ShortName == "МАОУ «СШ № 12»");
        var kms = await global.Organizations.SingleAsync(o => o.ShortName == "МОУ СОШ № 31");

        await using var school = As(DataScope.ForOrganization(school12));
        var person = new Educator
        {
            RegionId = school12.RegionId, LastName = "Без", FirstName = "Места", BirthDate = new DateOnly(1990, 1, 1),
            MatchKey = EducatorIdentity.MatchKey("Без", "Места", null, new DateOnly(1990, 1, 1)),
        };
        school.Educators.Add(person);
        await Assert.ThrowsAsync<ScopeViolationException>(() => school.SaveChangesAsync());

        school.Employments.Add(new Employment { RegionId = kms.RegionId, OrganizationId = kms.Id, EducatorId = person.Id, Position = Position.Teacher });
        await Assert.ThrowsAsync<ScopeViolationException>(() => school.SaveChangesAsync());
        Assert.False(await global.Educators.AnyAsync(e => e.LastName == "Без"));
    }
}
