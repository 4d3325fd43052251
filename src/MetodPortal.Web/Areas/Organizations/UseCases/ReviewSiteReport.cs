using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

/// <summary>The region accepts a site's yearly report or returns it with what to rework; a municipality decides on its municipal sites only.</summary>
public sealed class ReviewSiteReport(PortalDbContext db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int siteId, int reportId, bool accept, string? comment, CancellationToken ct)
    {
        var site = await db.OrganizationStatuses.AsNoTracking().FirstOrDefaultAsync(s => s.Id == siteId, ct);
        var report = site is null ? null : await db.SiteReports.FirstOrDefaultAsync(r => r.Id == reportId && r.SiteId == siteId, ct);
        if (report is null)
        {
            return Outcome.NotFound;
        }

        if (site!.Level == OrganizationStatusLevel.Regional && db.CurrentUser.Scope.MunicipalityId is not null)
        {
            return Outcome.Refused("Отчёт региональной площадки принимает регион.");
        }

        if (comment?.Trim().Length > 2000)
        {
            return Outcome.Refused("Комментарий — не длиннее 2000 символов.");
        }

        if (report.Decide(accept, comment, clock.Today()) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(accept ? $"Отчёт за {report.Year} год принят." : $"Отчёт за {report.Year} год возвращён на доработку.", siteId);
    }
}
