using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

/// <summary>Deleting a cohort from the schedule; the ИОМ items linked to it stay, unlinked (their history is kept).</summary>
public sealed class DeleteCohort(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int programId, int cohortId, CancellationToken ct)
    {
        var cohort = await db.ProgramCohorts.FirstOrDefaultAsync(c => c.Id == cohortId && c.ProgramId == programId, ct);
        if (cohort is null)
        {
            return Outcome.NotFound;
        }

        db.ProgramCohorts.Remove(cohort);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Поток {Display.Date(cohort.StartsOn)} — {Display.Date(cohort.EndsOn)} удалён из план-графика.");
    }
}
