using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

/// <summary>Changing a mentoring programme: its organization stays, its new period must still hold every pair.</summary>
public sealed class ReviseMentoringProgram(PortalDbContext db, IValidator<ProgramForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, ProgramForm form, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.Include(p => p.Pairs).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return Outcome.NotFound;
        }

        (form.OrganizationId, form.PairPeriods) = (program.OrganizationId, [.. program.Pairs.Select(p => (p.PeriodFrom, p.PeriodTo))]);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(program);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены.");
    }
}
