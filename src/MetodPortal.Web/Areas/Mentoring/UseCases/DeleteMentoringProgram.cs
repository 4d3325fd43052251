using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

/// <summary>Deleting a mentoring programme without pairs (one with pairs is ended by its period instead).</summary>
public sealed class DeleteMentoringProgram(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return Outcome.NotFound;
        }

        var pairs = await db.MentoringPairs.CountAsync(p => p.ProgramId == id, ct);
        if (pairs > 0)
        {
            return Outcome.Refused(HasPairs(pairs));
        }

        db.MentoringPrograms.Remove(program);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Программа «{program.Title}» удалена.");
    }

    /// <summary>Why a programme with pairs is not deleted; the confirmation page says it before the user tries.</summary>
    public static string HasPairs(int pairs) => $"В программе есть наставнические пары ({pairs}). Удалите их или завершите программу, изменив её период.";
}
