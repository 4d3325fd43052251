using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Routes;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.IntegrationTests.Scoping;

/// <summary>A teacher's scope is their school narrowed to themselves: rows about other educators are neither read nor written.</summary>
public sealed class SelfScopeTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    private PortalDbContext As(DataScope scope) => PortalData.CreateContext(database.ConnectionString, new CurrentUser(null, "test", scope));

    private async Task<(DataScope Scope, int Self, int Colleague)> TeacherAsync()
    {
        await using var db = As(DataScope.Global);
        var school = await db.Organizations.SingleAsync(o => o.ShortName == "МАОУ «СШ № 12»");
        var self = await db.Educators.Where(e => e.LastName == "Орлова").Select(e => e.Id).SingleAsync();
        var colleague = await db.Routes.Where(r => r.OrganizationId == school.Id && r.EducatorId != self).Select(r => r.EducatorId).FirstAsync();
        return (DataScope.ForOrganization(school) with { SelfEducatorId = self }, self, colleague);
    }

    [Fact]
    public async Task ATeacherReadsOnlyRowsAboutThemselves()
    {
        var (scope, self, colleague) = await TeacherAsync();
        await using var db = As(scope);

        Assert.NotEmpty(await db.Routes.ToListAsync());
        Assert.All(await db.Routes.ToListAsync(), r => Assert.Equal(self, r.EducatorId));
        Assert.All(await db.RouteItems.ToListAsync(), i => Assert.Equal(self, i.EducatorId));
        Assert.All(await db.Diagnostics.ToListAsync(), d => Assert.Equal(self, d.EducatorId));
        Assert.All(await db.DiagnosticDeficits.ToListAsync(), d => Assert.Equal(self, d.EducatorId));
        Assert.Equal([self], await db.Educators.Select(e => e.Id).ToListAsync());
        Assert.False(await db.Routes.AnyAsync(r => r.EducatorId == colleague));
    }

    [Fact]
    public async Task ATeacherCannotWriteARowAboutAColleague()
    {
        var (scope, _, colleague) = await TeacherAsync();
        int routeId;
        await using (var global = As(DataScope.Global))
        {
            routeId = await global.Routes.Where(r => r.EducatorId == colleague).Select(r => r.Id).FirstAsync();
        }

        await using var db = As(scope);
        var item = new RouteItem { Goal = "чужой пункт", Form = ActivityForm.Courses, Deadline = new DateOnly(2026, 12, 1) };
        (item.RegionId, item.OrganizationId, item.EducatorId, item.RouteId) = (scope.RegionId!.Value, (await db.Organizations.SingleAsync()).Id,
            colleague, routeId);
        db.RouteItems.Add(item);

        await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task ATeacherAccountLinkedToNobodySeesNoRows()
    {
        var (scope, _, _) = await TeacherAsync();
        await using var db = As(scope with { SelfEducatorId = 0 });

        Assert.Empty(await db.Routes.ToListAsync());
        Assert.Empty(await db.Diagnostics.ToListAsync());
        Assert.Empty(await db.Educators.ToListAsync());
    }
}
