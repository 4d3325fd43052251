using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.IntegrationTests.Scoping;

public sealed class ScopeFilterConventionTests
{
    [Fact]
    public void EveryScopedEntityHasTheNamedScopeFilter()
    {
        using var db = PortalData.CreateContext("Host=unused", CurrentUser.Anonymous);
        var scoped = db.Model.GetEntityTypes().Where(t => typeof(IRegionScoped).IsAssignableFrom(t.ClrType)).ToList();

        Assert.True(scoped.Count >= 3, "expected at least Municipality, Organization and OrganizationStatus to be scoped");
        Assert.All(scoped, t => Assert.True(
            t.FindDeclaredQueryFilter(PortalDbContext.ScopeFilter) is not null,
            $"{t.ClrType.Name} has no \"{PortalDbContext.ScopeFilter}\" query filter"));
    }

    [Fact]
    public void EveryOrgScopedEntityIsInTheModel()
    {
        using var db = PortalData.CreateContext("Host=unused", CurrentUser.Anonymous);
        var inModel = db.Model.GetEntityTypes().Select(t => t.ClrType).ToHashSet();
        var declared = typeof(IOrgScoped).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract
            && typeof(IRegionScoped).IsAssignableFrom(t)); // an abstract base (DiagnosticPart) is no row of its own

        Assert.All(declared, t => Assert.Contains(t, inModel));
    }
}
