using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

/// <summary>The reviewer returns the report to its writers with what to correct.</summary>
public sealed class ReturnAnalysis(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int reportId, string? comment, CancellationToken ct)
    {
        var report = await db.AnalyticReports.FirstOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null)
        {
            return Outcome.NotFound;
        }

        var refusal = comment?.Trim().Length > 2000 ? "Комментарий — не длиннее 2000 символов." : report.Return(comment);
        if (refusal is not null)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done("Отчёт возвращён на доработку.", report.Id);
    }
}
