using MetodPortal.Data;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>A criterion leaves the region's list while no practice is under expertise: a review in progress is scored on the list it began with.</summary>
public sealed class RemovePracticeCriterion(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var criterion = await db.PracticeCriteria.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (criterion is null)
        {
            return Outcome.NotFound;
        }

        if (await db.Practices.AnyAsync(p => p.RegionId == criterion.RegionId && p.Status == PracticeStatus.UnderExpertise, ct))
        {
            return Outcome.Refused("Идёт экспертиза практик: критерии меняются, когда она завершена.");
        }

        db.PracticeCriteria.Remove(criterion);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Критерий «{criterion.Name}» удалён.");
    }
}
