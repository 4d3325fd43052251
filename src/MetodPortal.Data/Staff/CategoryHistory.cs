using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MetodPortal.Data.Staff;

/// <summary>
/// Keeps each educator's category history as their current category changes, whatever saves it: a new person with a
/// category opens a period; a new category or date ends the open period the day before the new one starts (or today
/// when the date is unknown) and opens the next.
/// </summary>
public sealed class CategoryHistory(TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>The periods of people recorded before the history existed, one per person with a category (their current one, from its date).</summary>
    // The people already recorded are read once, before the insert: a NOT EXISTS planned on an empty table scans it again
    // for every person, rows inserted so far included (minutes for half a million people).
    public const string BackfillSql = """
        WITH recorded AS MATERIALIZED (SELECT DISTINCT educator_id FROM category_assignments)
        INSERT INTO category_assignments (id, region_id, educator_id, category, assigned_on, ended_on)
        SELECT nextval('entity_ids'), e.region_id, e.id, e.category, e.category_date, NULL
        FROM educators e LEFT JOIN recorded r ON r.educator_id = e.id
        WHERE e.category <> 'None' AND r.educator_id IS NULL;
        """;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext db && Changed(db) is { Count: > 0 } changed)
        {
            Record(db, changed);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db && Changed(db) is { Count: > 0 } changed)
        {
            // The open periods of the people whose category changed, loaded before they are ended.
            var modified = changed.Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id).ToList();
            if (modified.Count > 0)
            {
                await db.CategoryAssignments.Where(c => modified.Contains(c.EducatorId) && c.EndedOn == null).LoadAsync(cancellationToken);
            }

            Record(db, changed);
        }

        return result;
    }

    private void Record(PortalDbContext db, List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Educator>> changed)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var entry in changed)
        {
            var educator = entry.Entity;
            if (entry.State == EntityState.Modified)
            {
                var starts = educator.CategoryDate ?? today;
                foreach (var open in db.CategoryAssignments.Local.Where(c => c.EducatorId == educator.Id && c.EndedOn == null).ToList())
                {
                    // A correction of the same period's date or category replaces it rather than closing it.
                    if (open.AssignedOn is { } from && from >= starts)
                    {
                        db.CategoryAssignments.Remove(open);
                    }
                    else
                    {
                        open.EndedOn = starts.AddDays(-1);
                    }
                }
            }

            if (educator.Category != QualificationCategory.None)
            {
                db.CategoryAssignments.Add(new CategoryAssignment
                {
                    RegionId = educator.RegionId, EducatorId = educator.Id, Category = educator.Category, AssignedOn = educator.CategoryDate,
                });
            }
        }
    }

    /// <summary>The people added with a category, or whose category or its date changed: looked up once per save.</summary>
    private static List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Educator>> Changed(PortalDbContext db) =>
        [.. db.ChangeTracker.Entries<Educator>().Where(e =>
            (e.State == EntityState.Added && e.Entity.Category != QualificationCategory.None)
            || (e.State == EntityState.Modified && (e.Property(x => x.Category).IsModified || e.Property(x => x.CategoryDate).IsModified)
                && (!Equals(e.Property(x => x.Category).OriginalValue, e.Property(x => x.Category).CurrentValue)
                    || !Equals(e.Property(x => x.CategoryDate).OriginalValue, e.Property(x => x.CategoryDate).CurrentValue))))];
}
