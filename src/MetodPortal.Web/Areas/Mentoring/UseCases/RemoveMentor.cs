using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

/// <summary>A mentor leaves the registry; the pairs they led stay in their programmes.</summary>
public sealed class RemoveMentor(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var mentor = await db.Mentors.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (mentor is null)
        {
            return Outcome.NotFound;
        }

        db.Mentors.Remove(mentor);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Наставник исключён из реестра. Его пары остались в программах наставничества.");
    }
}
