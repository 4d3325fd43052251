using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

/// <summary>Removing a ДПП from the registry: one that educators have completed stays (it is marked inactive instead).</summary>
public sealed class DeleteProgram(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var program = await db.ProfessionalPrograms.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return Outcome.NotFound;
        }

        var completions = await db.ProgramCompletions.CountAsync(c => c.ProgramId == id, ct);
        if (completions > 0)
        {
            return Outcome.Refused(InUse(completions));
        }

        db.ProfessionalPrograms.Remove(program);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Программа «{program.Title}» удалена из реестра.");
    }

    /// <summary>Why a programme with completions is not deleted; the confirmation page says it before the user tries.</summary>
    public static string InUse(int completions) => $"Программу уже прошли педагоги ({completions}). Вместо удаления снимите отметку «действует».";
}
