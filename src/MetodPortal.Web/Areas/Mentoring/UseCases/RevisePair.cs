using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

/// <summary>Changing an active mentoring pair by the rules of <see cref="PairValidator"/>; a closed pair stays as it was closed.</summary>
public sealed class RevisePair(PortalDbContext db, IValidator<PairForm> validator)
{
    /// <returns>Done with the programme's id: its card is where the user goes next.</returns>
    public async Task<Outcome> HandleAsync(int pairId, PairForm form, CancellationToken ct)
    {
        var pair = await db.MentoringPairs.Include(p => p.Program).FirstOrDefaultAsync(p => p.Id == pairId, ct);
        if (pair is null)
        {
            return Outcome.NotFound;
        }

        if (pair.Status != PairStatus.Active)
        {
            return Outcome.Refused("Закрытая пара не изменяется.");
        }

        form.Context = (pair.Program!, pair.Id);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(pair);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения пары сохранены.", pair.ProgramId);
    }
}
