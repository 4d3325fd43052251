using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

/// <summary>Renaming, reordering or retiring a competence area of the catalogue; past diagnostics keep naming it.</summary>
public sealed class ReviseCompetenceArea(PortalDbContext db, IValidator<CompetenceAreaForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, CompetenceAreaForm form, CancellationToken ct) =>
        await CatalogueEntries.ReviseAsync(db, validator, form, id, await db.CompetenceAreas.FirstOrDefaultAsync(a => a.Id == id, ct),
            "Изменения сохранены.", ct);
}
