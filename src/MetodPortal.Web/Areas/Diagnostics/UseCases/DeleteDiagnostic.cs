using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

/// <summary>Deleting a diagnostic entered by mistake; one that an ИОМ is built on stays until the route is removed or rebuilt.</summary>
public sealed class DeleteDiagnostic(PortalDbContext db)
{
    /// <returns>Done with the educator's id: their diagnostics are where the user goes next.</returns>
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var diagnostic = await db.Diagnostics.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (diagnostic is null)
        {
            return Outcome.NotFound;
        }

        if (await db.Routes.AnyAsync(r => r.DiagnosticId == id, ct))
        {
            return Outcome.Refused("На основе этой диагностики составлен ИОМ: сначала удалите или перестройте его.");
        }

        db.Diagnostics.Remove(diagnostic);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Диагностика от {Display.Date(diagnostic.Date)} удалена.", diagnostic.EducatorId);
    }
}
