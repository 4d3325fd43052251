using MetodPortal.Data.Identity;
using MetodPortal.Data.Notifications;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Seeding;

/// <summary>
/// The notices the demo's history would have given, had its steps been taken in the portal rather than seeded: the campaigns closed (the
/// ministry, the coordinator) and opened (the schools), a form sent (the coordinator), the ДПП requests answered (who filed them), a lockout
/// (the system administrator). With the route's notices (<see cref="DemoDiagnostics"/>) and the first reminders, every demo user finds some
/// on the bell.
/// </summary>
internal static class DemoNotices
{
    public static async Task SeedAsync(PortalDbContext db, Region region, CancellationToken ct)
    {
        var users = await db.Users.Where(u => u.RegionId == region.Id).ToDictionaryAsync(u => u.Email!, ct);
        var coordinator = users["coordinator@demo.local"];
        var khv = await db.Organizations.Where(o => o.Id == coordinator.OrganizationId).Select(o => o.MunicipalityId).FirstAsync(ct);
        void Add(AppUser user, NoticeKind kind, string text, string url, DateTimeOffset at) =>
            db.Notifications.Add(new Notification { UserId = user.Id, Kind = kind, Text = text, Url = url, CreatedAt = at.ToUniversalTime() });

        foreach (var campaign in await db.MonitoringCampaigns.Where(c => c.RegionId == region.Id).OrderBy(c => c.Year).ToListAsync(ct))
        {
            var url = $"/monitoring/{campaign.Id}";
            if (campaign is { Status: CampaignStatus.Closed, ClosedAt: { } closed })
            {
                foreach (var email in new[] { "ministry@demo.local", "coordinator@demo.local" })
                {
                    Add(users[email], NoticeKind.CampaignClosed,
                        $"Мониторинг {campaign.Year} года закрыт: показатели и отчёт — на панели мониторинга.", url, closed);
                }
            }

            if (campaign is { Status: CampaignStatus.Open, OpenedAt: { } opened })
            {
                var deadline = TimeZoneInfo.ConvertTime(campaign.Deadline, Zone(region))
                    .ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
                foreach (var email in new[] { "school@demo.local", "school2@demo.local" })
                {
                    Add(users[email], NoticeKind.CampaignOpened, $"Открыт мониторинг {campaign.Year} года: заполните форму до {deadline}.", url, opened);
                }

                var sent = await db.MonitoringForms.Where(f => f.CampaignId == campaign.Id && f.Status == FormStatus.Submitted
                        && f.Organization!.MunicipalityId == khv)
                    .OrderBy(f => f.SubmittedAt).Select(f => new { f.Id, Name = f.Organization!.ShortName ?? f.Organization.Name, f.SubmittedAt })
                    .FirstOrDefaultAsync(ct);
                if (sent is { SubmittedAt: { } at })
                {
                    Add(coordinator, NoticeKind.FormSubmitted, $"{sent.Name} отправила форму мониторинга: проверьте и примите или верните.",
                        $"/monitoring/forms/{sent.Id}", at);
                }
            }
        }

        var filers = users.Values.ToDictionary(u => u.Id);
        foreach (var request in await db.ProgramRequests.Where(r => r.RegionId == region.Id && r.Status != RequestStatus.Open).ToListAsync(ct))
        {
            if (filers.TryGetValue(request.FiledByUserId, out var filer) && request.AnsweredOn is { } on)
            {
                Add(filer, NoticeKind.RequestAnswered, $"Получен ответ на ваш запрос ДПП «{request.Topic}».", "/programs/requests",
                    new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
            }
        }

        // The system administrator's: a lockout of the demo's history (school2 mistyped the password five times on 12.11.2026).
        var admin = await db.Users.FirstAsync(u => u.Email == "admin@demo.local", ct);
        var school2 = users["school2@demo.local"];
        Add(admin, NoticeKind.UserLockedOut, $"Учётная запись {school2.Email} заблокирована до 12.11.2026 10:15 после неудачных попыток входа.",
            $"/admin/users/{school2.Id}/edit", new DateTimeOffset(2026, 11, 12, 0, 0, 0, TimeSpan.Zero));
        await db.SaveChangesAsync(ct);
    }

    private static TimeZoneInfo Zone(Region region) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(region.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
