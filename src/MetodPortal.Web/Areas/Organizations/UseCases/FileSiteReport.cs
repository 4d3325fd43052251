using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

public sealed class SiteReportForm
{
    public int? Year { get; set; }
    public string Done { get; set; } = "";
    public string Results { get; set; } = "";
}

/// <summary>
/// The site's organization files its report for a year: what was done and what came of it. It goes to the region (or the municipality, for a
/// municipal site) for review; a returned report is filed again, an accepted one is final.
/// </summary>
public sealed class FileSiteReport(PortalDbContext db, TimeProvider clock)
{
    public const int MaxText = 8000;

    public async Task<Outcome> HandleAsync(int siteId, SiteReportForm form, CancellationToken ct)
    {
        var site = await db.OrganizationStatuses.AsNoTracking().FirstOrDefaultAsync(s => s.Id == siteId, ct);
        if (site is null)
        {
            return Outcome.NotFound;
        }

        var today = clock.Today();
        var refusal = form.Year is not { } year || year < site.ValidFrom.Year || year > today.Year
                || (site.ValidTo is { } to && year > to.Year) ? "Укажите год, в котором площадка работала (не позже текущего)."
            : string.IsNullOrWhiteSpace(form.Done) ? "Опишите, что сделано за год."
            : string.IsNullOrWhiteSpace(form.Results) ? "Опишите результаты за год."
            : form.Done.Trim().Length > MaxText || form.Results.Trim().Length > MaxText ? $"Каждый раздел отчёта — не длиннее {MaxText} символов."
            : null;
        var report = refusal is null ? await db.SiteReports.FirstOrDefaultAsync(r => r.SiteId == siteId && r.Year == form.Year, ct) : null;
        refusal ??= report is { IsOpen: false } ? $"Отчёт за {form.Year} год уже принят." : null;
        if (refusal is not null)
        {
            return Outcome.Refused(refusal);
        }

        if (report is null)
        {
            report = new SiteReport { RegionId = site.RegionId, OrganizationId = site.OrganizationId, SiteId = site.Id, Year = form.Year!.Value };
            db.SiteReports.Add(report);
        }

        (report.Done, report.Results, report.Status, report.SubmittedOn, report.DecidedOn) =
            (form.Done.Trim(), form.Results.Trim(), SiteReportStatus.Submitted, today, null);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Отчёт за {report.Year} год отправлен на проверку.", siteId);
    }
}
