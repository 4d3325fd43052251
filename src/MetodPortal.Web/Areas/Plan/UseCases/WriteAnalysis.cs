using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
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

    public static readonly IReadOnlyList<string> FixedKeys = ["summary", "risks", "proposals"];

    public async Task<Outcome> HandleAsync(int reportId, IReadOnlyDictionary<string, string?> texts, CancellationToken ct)
    {
        var report = await db.AnalyticReports.Include(r => r.Sections).FirstOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null)
        {
            return Outcome.NotFound;
        }

        var municipalities = await db.Municipalities.Where(m => m.RegionId == report.RegionId).Select(m => m.Id).ToListAsync(ct);
        var unknown = texts.Keys.FirstOrDefault(k => !FixedKeys.Contains(k) && !IsIndicator(k) && !(k.StartsWith("municipality:", StringComparison.Ordinal)
            && int.TryParse(k["municipality:".Length..], out var id) && municipalities.Contains(id)));
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

    private static bool IsIndicator(string key) =>
        key.StartsWith("indicator:", StringComparison.Ordinal) && int.TryParse(key["indicator:".Length..], out var n) && n is >= 1 and <= Indicators.Count;
}
