using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>An entry made by mistake leaves the registry; an expert who has done expertises stays, with the end of their period instead.</summary>
public sealed class RemoveExpert(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var expert = await db.Experts.Include(e => e.Educator).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (expert is null)
        {
            return Outcome.NotFound;
        }

        if (await db.PracticeReviews.AnyAsync(r => r.ExpertId == id, ct) || await db.ProfessionalPrograms.AnyAsync(p => p.ExpertIds.Contains(id), ct))
        {
            return Outcome.Refused("У эксперта есть экспертизы: вместо удаления укажите дату окончания срока в реестре.");
        }

        db.Experts.Remove(expert);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Запись эксперта {expert.Educator?.FullName} удалена из реестра.");
    }
}
