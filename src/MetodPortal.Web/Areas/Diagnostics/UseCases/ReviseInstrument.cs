using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

/// <summary>Changing a diagnostic material and its scales; deficits of diagnostics already held are not recomputed.</summary>
public sealed class ReviseInstrument(PortalDbContext db, IValidator<InstrumentForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, InstrumentForm form, CancellationToken ct) =>
        await CatalogueEntries.ReviseAsync(db, validator, form, id,
            await db.DiagnosticInstruments.Include(i => i.Areas).FirstOrDefaultAsync(i => i.Id == id, ct),
            "Изменения сохранены. Дефициты уже проведённых диагностик не пересчитываются.", ct);
}
