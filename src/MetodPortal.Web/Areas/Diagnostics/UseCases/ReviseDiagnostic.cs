using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

/// <summary>Correcting a diagnostic: its scores, date and notes; the deficits are recomputed. The educator and the instrument stay — a different one
/// is a different diagnostic.</summary>
public sealed class ReviseDiagnostic(PortalDbContext db, IValidator<DiagnosticForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, DiagnosticForm form, CancellationToken ct)
    {
        var diagnostic = await db.Diagnostics.Include(d => d.Scores).Include(d => d.Deficits).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (diagnostic is null)
        {
            return Outcome.NotFound;
        }

        (form.EducatorId, form.InstrumentId) = (diagnostic.EducatorId, diagnostic.InstrumentId);
        form.Instrument = await db.DiagnosticInstruments.Include(i => i.Areas).ThenInclude(a => a.CompetenceArea)
            .FirstAsync(i => i.Id == diagnostic.InstrumentId, ct);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(diagnostic);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены, дефициты пересчитаны.");
    }
}
