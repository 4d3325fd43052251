using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Plan.UseCases;

/// <summary>A text section of the analytic report: its key and its heading.</summary>
public sealed record AnalysisSection(string Key, string Heading);

/// <summary>The text sections of an analytic report, in the report's order: the summary, one per indicator, one per municipality of the region
/// (by name), risks, proposals. The form, the check of what is posted and the issued documents all follow it.</summary>
public static class AnalysisSections
{
    public static async Task<IReadOnlyList<AnalysisSection>> OfAsync(PortalDbContext db, CancellationToken ct) =>
    [
        new("summary", "Общие выводы"),
        .. Indicators.Passports.Select(p => new AnalysisSection($"indicator:{p.Number}", $"Показатель {p.Number} «{p.Short}»")),
        .. (await PublicNames.MunicipalityChoicesAsync(db, ct)).Select(m => new AnalysisSection($"municipality:{m.Id}", m.Name)),
        new("risks", "Риски"),
        new("proposals", "Предложения"),
    ];
}
