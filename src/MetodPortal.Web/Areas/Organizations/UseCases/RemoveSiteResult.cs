using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

/// <summary>A result added by mistake is removed with its file.</summary>
public sealed class RemoveSiteResult(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int siteId, int resultId, CancellationToken ct)
    {
        var result = await db.SiteResults.FirstOrDefaultAsync(r => r.Id == resultId && r.SiteId == siteId, ct);
        if (result is null)
        {
            return Outcome.NotFound;
        }

        db.SiteResults.Remove(result);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Результат «{result.Title}» удалён.", siteId);
    }
}
