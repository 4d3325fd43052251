using MetodPortal.Data;
using MetodPortal.Domain.Plan;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

/// <summary>The plan's keeper cancels an occurrence that will not take place, with the reason; a reported one is history and stays.</summary>
public sealed class CancelOccurrence(PortalDbContext db, IHttpContextAccessor access)
{
    public async Task<Outcome> HandleAsync(int occurrenceId, string? reason, CancellationToken ct)
    {
        var occurrence = await db.MeasureOccurrences.FirstOrDefaultAsync(o => o.Id == occurrenceId, ct);
        if (occurrence is null)
        {
            return Outcome.NotFound;
        }

        var refusal = occurrence.Status != OccurrenceStatus.Planned ? "Отменить можно только запланированное мероприятие."
            : string.IsNullOrWhiteSpace(reason) ? "Укажите причину отмены."
            : reason.Trim().Length > 2000 ? "Причина — не длиннее 2000 символов."
            : null;
        if (refusal is not null)
        {
            return Outcome.Refused(refusal);
        }

        (occurrence.Status, occurrence.Report, occurrence.ReportedBy) =
            (OccurrenceStatus.Cancelled, "Отменено: " + reason!.Trim(), access.HttpContext!.User.FullNameOf());
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Мероприятие за период «{occurrence.Period}» отменено.", occurrence.MeasureId);
    }
}
