using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Scoping;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

/// <summary>The form of an entry of a region's own catalogue (a competence area, a diagnostic material).</summary>
public interface ICatalogueForm<in TEntry>
{
    /// <summary>The catalogue's region and the entry edited (none when added), set by the use case for the validator: a name is unique in the
    /// region.</summary>
    (int RegionId, int? Id) Entry { set; }

    void ApplyTo(TEntry entry);
}

/// <summary>
/// Adding and revising an entry of a region's catalogue, the same for each catalogue: the form is validated against the region, applied to the
/// entry, and saved once.
/// </summary>
public static class CatalogueEntries
{
    /// <param name="regionId">The user's region; a user without one has no catalogue (not found).</param>
    public static async Task<Outcome> AddAsync<TEntry, TForm>(PortalDbContext db, IValidator<TForm> validator, TForm form, int? regionId,
        Func<int, TEntry> create, Func<TEntry, string> done, CancellationToken ct)
        where TEntry : class where TForm : ICatalogueForm<TEntry> =>
        regionId is { } region ? await SaveAsync(db, validator, form, (region, null), create(region), done, ct) : Outcome.NotFound;

    /// <param name="entry">The entry as read through the user's scope; none is not found.</param>
    public static async Task<Outcome> ReviseAsync<TEntry, TForm>(PortalDbContext db, IValidator<TForm> validator, TForm form, int id, TEntry? entry,
        string done, CancellationToken ct)
        where TEntry : class, IRegionScoped where TForm : ICatalogueForm<TEntry> =>
        entry is null ? Outcome.NotFound : await SaveAsync(db, validator, form, (entry.RegionId, id), entry, _ => done, ct);

    private static async Task<Outcome> SaveAsync<TEntry, TForm>(PortalDbContext db, IValidator<TForm> validator, TForm form, (int, int?) place,
        TEntry entry, Func<TEntry, string> done, CancellationToken ct)
        where TEntry : class where TForm : ICatalogueForm<TEntry>
    {
        form.Entry = place;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(entry);
        if (db.Entry(entry).State == Microsoft.EntityFrameworkCore.EntityState.Detached)
        {
            db.Add(entry);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(done(entry));
    }
}
