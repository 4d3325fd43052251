using MetodPortal.Data;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

/// <summary>Deleting a mentoring pair entered by mistake (a pair that worked is closed with its result instead).</summary>
public sealed class DeletePair(PortalDbContext db)
{
    /// <returns>Done with the programme's id: its card is where the user goes next.</returns>
    public async Task<Outcome> HandleAsync(int pairId, CancellationToken ct)
    {
        var pair = await db.MentoringPairs.FirstOrDefaultAsync(p => p.Id == pairId, ct);
        if (pair is null)
        {
            return Outcome.NotFound;
        }

        await RecordedEvidence.WithdrawAsync(db, i => i.PairId == pair.Id && i.ReportedByPair, ct);
        db.MentoringPairs.Remove(pair);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Наставническая пара удалена.", pair.ProgramId);
    }
}
