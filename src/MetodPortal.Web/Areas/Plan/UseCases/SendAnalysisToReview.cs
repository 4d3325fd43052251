using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

/// <summary>The written report goes to the ministry for review.</summary>
public sealed class SendAnalysisToReview(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int reportId, CancellationToken ct)
    {
        var report = await db.AnalyticReports.Include(r => r.Sections).FirstOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null)
        {
            return Outcome.NotFound;
        }

        if (report.SendToReview() is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done("Отчёт отправлен на рассмотрение в министерство.", report.Id);
    }
}
