using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Plan;
using MetodPortal.Domain.Practices;
using MetodPortal.Domain.Scoping;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

/// <summary>
/// The read side of scoping: one named query filter, <see cref="ScopeFilter"/>, added by convention to every
/// region- or organization-scoped entity. The scope values are properties of this context, so EF Core sends them
/// as parameters of each query. <c>IgnoreQueryFilters([ScopeFilter])</c> is allowed only where docs/architecture.md says.
/// </summary>
public partial class PortalDbContext
{
    public const string ScopeFilter = "OrgScope";

    public bool ScopeIsGlobal => CurrentUser.Scope.IsGlobal;
    public int? ScopeRegionId => CurrentUser.Scope.RegionId;
    public int? ScopeMunicipalityId => CurrentUser.Scope.MunicipalityId;
    public string? ScopeOrgPath => CurrentUser.Scope.OrgPath;
    public int? ScopeEducatorId => CurrentUser.Scope.SelfEducatorId;

    private void AddScopeFilters(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            var clrType = entityType.ClrType;
            if (clrType == typeof(Organization))
            {
                modelBuilder.Entity<Organization>().HasQueryFilter(ScopeFilter, o =>
                    ScopeIsGlobal || (o.RegionId == ScopeRegionId && (ScopeOrgPath == null || o.Path.StartsWith(ScopeOrgPath))));
            }
            else if (clrType == typeof(Municipality))
            {
                modelBuilder.Entity<Municipality>().HasQueryFilter(ScopeFilter, m =>
                    ScopeIsGlobal || (m.RegionId == ScopeRegionId && (ScopeMunicipalityId == null || m.Id == ScopeMunicipalityId)));
            }
            else if (clrType == typeof(Educator))
            {
                // A person is visible when one of their employments is (the employment carries its own filter).
                modelBuilder.Entity<Educator>().HasQueryFilter(ScopeFilter, e =>
                    ScopeIsGlobal
                    || (e.RegionId == ScopeRegionId && (ScopeOrgPath == null || Employments.Any(x => x.EducatorId == e.Id))
                        && (ScopeEducatorId == null || e.Id == ScopeEducatorId)));
            }
            else if (clrType == typeof(Community))
            {
                // A community is visible in its owner's subtree and wherever one of its members is (the membership carries its own filter).
                modelBuilder.Entity<Community>().HasQueryFilter(ScopeFilter, c =>
                    ScopeIsGlobal
                    || (c.RegionId == ScopeRegionId
                        && (ScopeOrgPath == null
                            || Organizations.Any(o => o.Id == c.OrganizationId && o.Path.StartsWith(ScopeOrgPath))
                            || CommunityMemberships.Any(m => m.CommunityId == c.Id))));
            }
            else if (clrType == typeof(MethodicalEvent))
            {
                // The navigator of events is for the whole region; the write guard still keeps changes in the organizer's subtree.
                modelBuilder.Entity<MethodicalEvent>().HasQueryFilter(ScopeFilter, e => ScopeIsGlobal || e.RegionId == ScopeRegionId);
            }
            else if (clrType == typeof(Recommendation))
            {
                // An organization's recommendation is visible in its subtree; a municipality's, to the users of that municipality.
                modelBuilder.Entity<Recommendation>().HasQueryFilter(ScopeFilter, r =>
                    ScopeIsGlobal
                    || (r.RegionId == ScopeRegionId
                        && (ScopeOrgPath == null
                            || (r.OrganizationId != null && Organizations.Any(o => o.Id == r.OrganizationId && o.Path.StartsWith(ScopeOrgPath)))
                            || (r.OrganizationId == null && r.MunicipalityId == ScopeMunicipalityId))));
            }
            else if (clrType == typeof(Practice))
            {
                // A published practice is read region-wide; a draft or a review stays in its organization's subtree, for its authors and
                // for the experts asked to review it.
                modelBuilder.Entity<Practice>().HasQueryFilter(ScopeFilter, p =>
                    ScopeIsGlobal
                    || (p.RegionId == ScopeRegionId
                        && (p.Status == PracticeStatus.Published
                            || ((ScopeOrgPath == null || Organizations.Any(o => o.Id == p.OrganizationId && o.Path.StartsWith(ScopeOrgPath)))
                                && (ScopeEducatorId == null || p.AuthorIds.Any(a => a == ScopeEducatorId)))
                            || (ScopeEducatorId != null && PracticeReviews.Any(r => r.PracticeId == p.Id && r.ExpertEducatorId == ScopeEducatorId)))));
            }
            else if (typeof(IEducatorOwned).IsAssignableFrom(clrType))
            {
                GetType().GetMethod(nameof(AddEducatorOwnedFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(clrType).Invoke(this, [modelBuilder]);
            }
            else if (typeof(IOrgScoped).IsAssignableFrom(clrType))
            {
                GetType().GetMethod(nameof(AddOrgFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(clrType).Invoke(this, [modelBuilder]);
            }
            else if (typeof(IPlanScoped).IsAssignableFrom(clrType))
            {
                GetType().GetMethod(nameof(AddPlanFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(clrType).Invoke(this, [modelBuilder]);
            }
            else if (typeof(IRegionScoped).IsAssignableFrom(clrType))
            {
                GetType().GetMethod(nameof(AddRegionFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                    .MakeGenericMethod(clrType).Invoke(this, [modelBuilder]);
            }
        }
    }

    private void AddOrgFilter<T>(ModelBuilder modelBuilder)
        where T : class, IOrgScoped =>
        modelBuilder.Entity<T>().HasQueryFilter(ScopeFilter, e =>
            ScopeIsGlobal
            || (e.RegionId == ScopeRegionId
                && (ScopeOrgPath == null || Organizations.Any(o => o.Id == e.OrganizationId && o.Path.StartsWith(ScopeOrgPath)))));

    /// <summary>The organization filter, and for a teacher only the rows about themselves.</summary>
    private void AddEducatorOwnedFilter<T>(ModelBuilder modelBuilder)
        where T : class, IEducatorOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(ScopeFilter, e =>
            ScopeIsGlobal
            || (e.RegionId == ScopeRegionId
                && (ScopeOrgPath == null || Organizations.Any(o => o.Id == e.OrganizationId && o.Path.StartsWith(ScopeOrgPath)))
                && (ScopeEducatorId == null || e.EducatorId == ScopeEducatorId)));

    /// <summary>A plan of the region is read at region level; a municipality's plan also in that municipality.</summary>
    private void AddPlanFilter<T>(ModelBuilder modelBuilder)
        where T : class, IPlanScoped =>
        modelBuilder.Entity<T>().HasQueryFilter(ScopeFilter, e =>
            ScopeIsGlobal || (e.RegionId == ScopeRegionId && (ScopeMunicipalityId == null || e.MunicipalityId == ScopeMunicipalityId)));

    private void AddRegionFilter<T>(ModelBuilder modelBuilder)
        where T : class, IRegionScoped =>
        modelBuilder.Entity<T>().HasQueryFilter(ScopeFilter, e => ScopeIsGlobal || e.RegionId == ScopeRegionId);
}
