using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

/// <summary>Renaming, reordering or retiring a competence area of the catalogue; past diagnostics keep naming it.</summary>
public sealed class ReviseCompetenceArea(PortalDbContext db, IValidator<CompetenceAreaForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, CompetenceAreaForm form, CancellationToken ct)
    {
        var area = await db.CompetenceAreas.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (area is null)
        {
            return Outcome.NotFound;
        }

        form.Catalogue = (area.RegionId, id);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(area);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены.");
    }
}
