using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Staff.UseCases;

/// <summary>Changing a person's record by <see cref="EducatorFormValidator"/>; a page shown before someone else's change is refused by the version.</summary>
public sealed class ReviseEducator(PortalDbContext db, IValidator<EducatorForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, EducatorForm form, CancellationToken ct)
    {
        var educator = await db.Educators.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (educator is null)
        {
            return Outcome.NotFound;
        }

        form.Existing = (educator.Id, educator.RegionId);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        db.ExpectVersion(educator, form.Version);
        form.ApplyTo(educator);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены.");
    }
}
