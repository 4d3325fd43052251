using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

/// <summary>
/// ХК ИРО / ЦНППМ write the text of the analytic report: a summary, conclusions per indicator and per municipality, risks and proposals. Its
/// figures and tables are not written: they come from the campaign when the report is issued.
/// </summary>
public sealed class WriteAnalysis(PortalDbContext db)
{
    public const int MaxText = 20000;

    public async Task<Outcome> HandleAsync(int reportId, IReadOnlyDictionary<string, string?> texts, CancellationToken ct)
    {
        var report = await db.AnalyticReports.Include(r => r.Sections).FirstOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null)
        {
            return Outcome.NotFound;
        }

        var sections = (await AnalysisSections.OfAsync(db, ct)).Select(x => x.Key).ToHashSet();
        var unknown = texts.Keys.FirstOrDefault(k => !sections.Contains(k));
        var refusal = unknown is not null ? "Такого раздела в отчёте нет."
            : texts.Values.Any(t => t?.Trim().Length > MaxText) ? $"Каждый раздел — не длиннее {MaxText} символов."
            : report.Write(texts);
        if (refusal is not null)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done("Текст отчёта сохранён.", report.Id);
    }
}
