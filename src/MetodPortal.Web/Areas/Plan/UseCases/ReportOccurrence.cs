using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

public sealed class OccurrenceReportForm
{
    public DateOnly? DoneOn { get; set; }
    public string Report { get; set; } = "";

    /// <summary>A record of the portal («/programs/12») or a web address.</summary>
    public string? Link { get; set; }
}

/// <summary>
/// An executor reports an occurrence of a measure: what was done, when (not later than today in the region), and the result document — a file
/// (the same checks as ИОМ evidence), a link to a record of the portal or a web address. Reported again, the report is replaced.
/// </summary>
public sealed class ReportOccurrence(PortalDbContext db, TimeProvider clock, IHttpContextAccessor access)
{
    public const int MaxText = 8000;

    public async Task<Outcome> HandleAsync(int occurrenceId, OccurrenceReportForm form, IFormFile? file, CancellationToken ct)
    {
        var occurrence = await db.MeasureOccurrences.Include(o => o.Measure).FirstOrDefaultAsync(o => o.Id == occurrenceId, ct);
        if (occurrence is null)
        {
            return Outcome.NotFound;
        }

        var today = await RegionZone.TodayAsync(db, occurrence.RegionId, clock, ct);
        var link = form.Link?.Trim();
        var sent = file is { Length: > 0 } ? file : null;
        var refusal = form.DoneOn is not { } on || on > today || on.Year < 2000 ? "Укажите дату выполнения — не позже сегодняшней."
            : string.IsNullOrWhiteSpace(form.Report) ? "Опишите, что сделано."
            : form.Report.Trim().Length > MaxText ? $"Отчёт — не длиннее {MaxText} символов."
            : !string.IsNullOrEmpty(link) && !IsLink(link) ? "Ссылка — адрес записи портала (начинается с /) или адрес в интернете (http:// или https://), "
                + "не длиннее 500 символов."
            : sent is null ? null : RouteRules.EvidenceError(sent.FileName, sent.Length, await UploadedFiles.HeadAsync(sent, ct));
        refusal ??= occurrence.Complete(form.DoneOn!.Value, form.Report.Trim(), string.IsNullOrEmpty(link) ? null : link,
            access.HttpContext!.User.FullNameOf());
        if (refusal is not null)
        {
            return Outcome.Refused(refusal);
        }

        if (sent is not null)
        {
            (occurrence.FileName, occurrence.ContentType, occurrence.Content) = await UploadedFiles.ReadAsync(sent, ct);
        }

        await db.SaveChangesAsync(ct);
        var late = occurrence.DoneOn > occurrence.Due ? " (с опозданием)" : "";
        return Outcome.Done($"Мероприятие {occurrence.Measure!.Number} за период «{occurrence.Period}» отмечено выполненным{late}.", occurrence.MeasureId);
    }

    /// <summary>A path of the portal (not «//host», which browsers read as another site) or an http(s) address.</summary>
    private static bool IsLink(string link) =>
        link.Length <= 500 && ((link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(link, UriKind.Relative))
            || (Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"));
}
