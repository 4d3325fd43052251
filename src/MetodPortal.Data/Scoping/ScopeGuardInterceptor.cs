using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Scoping;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MetodPortal.Data.Scoping;

/// <summary>
/// The write side of scoping. Query filters do not guard writes, so before every save this checks each added,
/// modified or deleted scoped row — and, for a modified or deleted one, where it was before — against the current
/// user's scope, and throws <see cref="ScopeViolationException"/> instead of saving.
/// </summary>
public sealed class ScopeGuardInterceptor : SaveChangesInterceptor
{
    public static readonly ScopeGuardInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext db)
        {
            var (pending, educators) = Check(db);
            if (pending.Count > 0)
            {
                CheckOrganizations(db, pending, LoadPaths(db, pending).ToDictionary(p => p.Id));
            }

            if (educators.Count > 0)
            {
                CheckEducators(educators, [.. EmployedInScope(db, educators)]);
            }
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db)
        {
            var (pending, educators) = Check(db);
            if (pending.Count > 0)
            {
                var paths = await LoadPaths(db, pending).ToDictionaryAsync(p => p.Id, cancellationToken);
                CheckOrganizations(db, pending, paths);
            }

            if (educators.Count > 0)
            {
                CheckEducators(educators, [.. await EmployedInScope(db, educators).ToListAsync(cancellationToken)]);
            }
        }

        return result;
    }

    /// <summary>
    /// Checks what can be checked from the tracked rows alone; returns the organization-scoped rows whose organization
    /// must be read, and the educators that no employment in this save puts inside the scope.
    /// </summary>
    private static (List<(EntityEntry Entry, int RegionId, int OrganizationId)> Pending, List<EntityEntry> Educators) Check(PortalDbContext db)
    {
        var scope = db.CurrentUser.Scope;
        var pending = new List<(EntityEntry, int, int)>();
        var educators = new List<EntityEntry>();
        if (scope.IsGlobal)
        {
            return (pending, educators);
        }

        db.ChangeTracker.DetectChanges();

        // Employments saved or held with this change are themselves checked (or were read through the filter).
        var employedHere = db.ChangeTracker.Entries<Employment>().Where(e => e.State != EntityState.Deleted).Select(e => e.Entity.EducatorId).ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            foreach (var values in Versions(entry))
            {
                switch (entry.Entity)
                {
                    case Organization:
                        Require(entry, scope.ContainsPath(values.GetValue<int>(nameof(Organization.RegionId)),
                            values.GetValue<string>(nameof(Organization.Path))));
                        break;
                    case Educator:
                        Require(entry, scope.ContainsRegion(values.GetValue<int>(nameof(Educator.RegionId)))
                            && scope.ContainsEducator(values.GetValue<int>(nameof(Educator.Id))));
                        if (scope.OrgPath is not null && !employedHere.Contains(values.GetValue<int>(nameof(Educator.Id))))
                        {
                            educators.Add(entry);
                        }

                        break;
                    case Municipality:
                        Require(entry, scope.ContainsMunicipality(values.GetValue<int>(nameof(Municipality.RegionId)),
                            values.GetValue<int>(nameof(Municipality.Id))));
                        break;
                    case IOrgScoped:
                        if (entry.Entity is IEducatorOwned)
                        {
                            Require(entry, scope.ContainsEducator(values.GetValue<int>(nameof(IEducatorOwned.EducatorId))));
                        }

                        var regionId = values.GetValue<int>(nameof(IOrgScoped.RegionId));
                        Require(entry, scope.ContainsRegion(regionId));
                        pending.Add((entry, regionId, values.GetValue<int>(nameof(IOrgScoped.OrganizationId))));
                        break;
                    case Domain.Plan.IPlanScoped:
                        Require(entry, scope.ContainsRegion(values.GetValue<int>(nameof(IRegionScoped.RegionId)))
                            && (scope.MunicipalityId is null || values.GetValue<int?>(nameof(Domain.Plan.IPlanScoped.MunicipalityId)) == scope.MunicipalityId));
                        break;
                    case IRegionScoped:
                        Require(entry, scope.ContainsRegion(values.GetValue<int>(nameof(IRegionScoped.RegionId))));
                        break;
                }
            }
        }

        return (pending, educators);
    }

    /// <summary>The row as it will be saved and, unless it is new, as it was loaded.</summary>
    private static IEnumerable<PropertyValues> Versions(EntityEntry entry)
    {
        if (entry.State != EntityState.Deleted)
        {
            yield return entry.CurrentValues;
        }

        if (entry.State != EntityState.Added)
        {
            yield return entry.OriginalValues;
        }
    }

    private static IQueryable<OrganizationPathRow> LoadPaths(PortalDbContext db, List<(EntityEntry Entry, int RegionId, int OrganizationId)> pending)
    {
        var ids = pending.Select(p => p.OrganizationId).Distinct().ToList();
        return db.Organizations.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .Select(o => new OrganizationPathRow(o.Id, o.RegionId, o.Path));
    }

    private static void CheckOrganizations(
        PortalDbContext db, List<(EntityEntry Entry, int RegionId, int OrganizationId)> pending, Dictionary<int, OrganizationPathRow> stored)
    {
        var scope = db.CurrentUser.Scope;
        foreach (var (entry, regionId, organizationId) in pending)
        {
            // An organization added in this same save is not stored yet: take it from the tracker.
            var owner = stored.GetValueOrDefault(organizationId)
                ?? db.Organizations.Local.Where(o => o.Id == organizationId).Select(o => new OrganizationPathRow(o.Id, o.RegionId, o.Path)).FirstOrDefault();
            Require(entry, owner is not null && owner.RegionId == regionId && scope.ContainsPath(owner.RegionId, owner.Path));
        }
    }

    /// <summary>Which of these educators have an employment the current user may see (the employment filter decides).</summary>
    private static IQueryable<int> EmployedInScope(PortalDbContext db, List<EntityEntry> educators)
    {
        var ids = educators.Select(e => ((Educator)e.Entity).Id).Distinct().ToList();
        return db.Employments.AsNoTracking().Where(e => ids.Contains(e.EducatorId)).Select(e => e.EducatorId).Distinct();
    }

    private static void CheckEducators(List<EntityEntry> educators, HashSet<int> employedInScope)
    {
        foreach (var entry in educators)
        {
            Require(entry, employedInScope.Contains(((Educator)entry.Entity).Id));
        }
    }

    private static void Require(EntityEntry entry, bool allowed)
    {
        if (!allowed)
        {
            var key = entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue);
            throw new ScopeViolationException(entry.Metadata.ClrType.Name, key is null ? null : string.Join(",", key));
        }
    }

    private sealed record OrganizationPathRow(int Id, int RegionId, string Path);
}
