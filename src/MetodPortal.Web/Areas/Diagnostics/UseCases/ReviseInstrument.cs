using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

/// <summary>Changing a diagnostic material and its scales; deficits of diagnostics already held are not recomputed.</summary>
public sealed class ReviseInstrument(PortalDbContext db, IValidator<InstrumentForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, InstrumentForm form, CancellationToken ct)
    {
        var instrument = await db.DiagnosticInstruments.Include(i => i.Areas).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (instrument is null)
        {
            return Outcome.NotFound;
        }

        form.Registry = (instrument.RegionId, id);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(instrument);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены. Дефициты уже проведённых диагностик не пересчитываются.");
    }
}
