using MetodPortal.Data;
using MetodPortal.Data.Notifications;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Notifications;

/// <summary>
/// The reminders nobody's change causes, found by date in each region's own time: a form not sent 7, 3 and 1 days before the deadline
/// (to the school's administrators) and after it (also to the municipality's coordinators); an ИОМ item due in 7 days and overdue (to the
/// educator and the tutor); a draft ИОМ waiting for approval for 7 days (to the methodists of the municipality and of ЦНППМ). Each
/// reminder has a key, so a user gets it once however often this runs and on however many processes (<see cref="RemindersJob"/>).
/// </summary>
public sealed class Reminders(Notices notices, TimeProvider clock, IConfiguration configuration, ILogger<Reminders> logger)
{
    /// <summary>The days before a form's deadline that bring a reminder, nearest last.</summary>
    public static readonly int[] FormSteps = [7, 3, 1];

    public const int ItemDueDays = 7;
    public const int DraftWaitingDays = 7;

    /// <returns>How many notices were written.</returns>
    public async Task<int> SendAsync(CancellationToken ct)
    {
        await using var db = PortalData.CreateContext(configuration.GetConnectionString("Main")!, CurrentUser.System, clock);
        var now = clock.GetUtcNow();
        var written = 0;
        foreach (var region in await db.Regions.AsNoTracking().Select(r => new { r.Id, r.TimeZone }).ToListAsync(ct))
        {
            var zone = RegionZone.Named(region.TimeZone);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            written += await FormsAsync(db, region.Id, zone, now, today, ct);
            written += await ItemsAsync(db, region.Id, today, ct);
            written += await DraftsAsync(db, region.Id, now, ct);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Reminders written: {Count}", written);
        return written;
    }

    private async Task<int> FormsAsync(PortalDbContext db, int regionId, TimeZoneInfo zone, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var lastStep = today.AddDays(FormSteps[0] + 1).ToDateTime(TimeOnly.MinValue);
        var forms = await db.MonitoringForms.AsNoTracking()
            .Where(f => f.RegionId == regionId && f.Campaign!.Status == CampaignStatus.Open
                && f.Campaign.Deadline < new DateTimeOffset(lastStep, TimeSpan.Zero))
            .NotSent()
            .Select(f => new { f.Id, f.OrganizationId, f.Organization!.MunicipalityId, Name = f.Organization.ShortName ?? f.Organization.Name,
                f.Campaign!.Year, f.Campaign.Deadline })
            .ToListAsync(ct);
        var written = 0;
        foreach (var form in forms)
        {
            var admins = Notices.WithRole(db, Roles.SchoolAdmin).Where(u => u.OrganizationId == form.OrganizationId);
            var url = $"/monitoring/forms/{form.Id}";
            var deadline = Display.RegionDate(form.Deadline, zone.Id);
            if (form.Deadline <= now)
            {
                written += await notices.NotifyAsync(db, NoticeKind.FormOverdue,
                    admins.Union(Notices.InMunicipality(db, Roles.Coordinator, form.MunicipalityId)),
                    $"{form.Name}: форма мониторинга {form.Year} года не сдана, срок истёк {deadline}.", url, $"form-overdue:{form.Id}", ct);
                continue;
            }

            var daysLeft = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(form.Deadline, zone).DateTime).DayNumber - today.DayNumber;
            if (FormSteps.LastOrDefault(step => daysLeft <= step) is var step and > 0)
            {
                var left = daysLeft <= 0 ? "срок — сегодня" : "осталось " + RussianPlural.Count(daysLeft, "день", "дня", "дней");
                written += await notices.NotifyAsync(db, NoticeKind.FormDeadline, admins,
                    $"Форма мониторинга {form.Year} года не отправлена: {left}, до {deadline}.", url, $"form-due-{step}:{form.Id}", ct);
            }
        }

        return written;
    }

    private async Task<int> ItemsAsync(PortalDbContext db, int regionId, DateOnly today, CancellationToken ct)
    {
        var dueBy = today.AddDays(ItemDueDays);
        var items = await db.Routes.AsNoTracking()
            .Where(r => r.RegionId == regionId && (r.Status == RouteStatus.Approved || r.Status == RouteStatus.InProgress))
            .SelectMany(r => r.Items.Where(i => i.Status == RouteItemStatus.Planned && i.Deadline <= dueBy)
                .Select(i => new { i.Id, i.RouteId, i.EducatorId, i.Goal, i.Deadline, Tutor = r.TutorUserId }))
            .ToListAsync(ct);
        var written = 0;
        foreach (var item in items)
        {
            var to = Notices.AccountsOf(db, item.EducatorId).Union(db.Users.Where(u => u.Id == item.Tutor && u.IsActive));
            var url = $"/routes/{item.RouteId}#item-{item.Id}";
            written += item.Deadline < today
                ? await notices.NotifyAsync(db, NoticeKind.ItemOverdue, to,
                    $"Пункт ИОМ «{item.Goal}» просрочен: срок был {Display.Date(item.Deadline)}.", url, $"item-overdue:{item.Id}", ct)
                : await notices.NotifyAsync(db, NoticeKind.ItemDue, to,
                    $"Срок пункта ИОМ «{item.Goal}» — {Display.Date(item.Deadline)}.", url, $"item-due:{item.Id}", ct);
        }

        return written;
    }

    private async Task<int> DraftsAsync(PortalDbContext db, int regionId, DateTimeOffset now, CancellationToken ct)
    {
        var waitingSince = now.AddDays(-DraftWaitingDays);
        var drafts = await db.Routes.AsNoTracking()
            .Where(r => r.RegionId == regionId && r.Status == RouteStatus.Draft && r.CreatedAt <= waitingSince)
            .Select(r => new { r.Id, Educator = r.Educator!.FullName, r.Organization!.MunicipalityId, r.CreatedAt })
            .ToListAsync(ct);
        var written = 0;
        foreach (var draft in drafts)
        {
            written += await notices.NotifyAsync(db, NoticeKind.DraftWaiting,
                Notices.InMunicipality(db, Roles.Methodist, draft.MunicipalityId).Union(Notices.InRegion(db, Roles.RegionalMethodist, regionId)),
                $"ИОМ педагога {draft.Educator} ждёт утверждения с {Display.Date(DateOnly.FromDateTime(draft.CreatedAt.UtcDateTime))}.",
                $"/routes/{draft.Id}", $"draft-waiting:{draft.Id}", ct);
        }

        return written;
    }
}
