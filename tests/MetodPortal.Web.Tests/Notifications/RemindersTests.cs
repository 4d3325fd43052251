using MetodPortal.Data.Notifications;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Notifications;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetodPortal.Web.Tests.Notifications;

public sealed class RemindersTests(MailPortal fixture) : IClassFixture<MailPortal>
{
    private static readonly TimeZoneInfo Khabarovsk = TimeZoneInfo.FindSystemTimeZoneById("Asia/Vladivostok");
    private readonly PortalFactory factory = fixture.Portal;

    private static DateOnly RegionToday => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Khabarovsk).DateTime);

    private async Task<int> RemindAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await new Reminders(scope.Get<Notices>(), TimeProvider.System, scope.Get<IConfiguration>(),
            scope.Get<Microsoft.Extensions.Logging.ILogger<Reminders>>()).SendAsync(default);
    }

    /// <summary>Each user's notices of a reminder key, by login.</summary>
    private async Task<Dictionary<string, List<Notification>>> ByKeyAsync(string key)
    {
        await using var db = factory.Db();
        return (await db.Notifications.AsNoTracking().Where(n => n.Key == key)
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.Email, Notice = n }).ToListAsync())
            .GroupBy(x => x.Email!).ToDictionary(g => g.Key, g => g.Select(x => x.Notice).ToList());
    }

    [Fact]
    public async Task A_form_not_sent_reminds_its_school_three_days_before_and_its_coordinator_too_once_overdue_each_once()
    {
        var deadline = new DateTimeOffset(RegionToday.AddDays(2).ToDateTime(new TimeOnly(18, 0)), Khabarovsk.BaseUtcOffset).ToUniversalTime();
        var forms = await factory.CampaignAsync(2071, deadline, CampaignStatus.Open, Seeded.KhvSchool, Seeded.KmsSchool);
        var (khv, kms) = (forms[Seeded.KhvSchool], forms[Seeded.KmsSchool]);

        await RemindAsync();
        await RemindAsync();

        var due = await ByKeyAsync($"form-due-3:{khv}");
        Assert.Equal(["school@demo.local"], due.Keys);
        var notice = Assert.Single(due["school@demo.local"]);
        Assert.Equal((NoticeKind.FormDeadline, $"/monitoring/forms/{khv}"), (notice.Kind, notice.Url));
        Assert.Contains("осталось 2 дня", notice.Text, StringComparison.Ordinal);
        Assert.Equal(["school2@demo.local"], (await ByKeyAsync($"form-due-3:{kms}")).Keys);
        Assert.Single(await fixture.Mail.ToAsync("school@demo.local", about: $"/monitoring/forms/{khv}"));

        await using (var db = factory.Db())
        {
            await db.MonitoringCampaigns.Where(c => c.Year == 2071).ExecuteUpdateAsync(c => c.SetProperty(x => x.Deadline, DateTimeOffset.UtcNow.AddHours(-1)));
            await db.MonitoringForms.Where(f => f.Id == kms).ExecuteUpdateAsync(f => f.SetProperty(x => x.Status, FormStatus.Submitted));
        }

        await RemindAsync();
        await RemindAsync();

        var overdue = await ByKeyAsync($"form-overdue:{khv}");
        Assert.Equal(["coordinator@demo.local", "school@demo.local"], overdue.Keys.Order());
        Assert.All(overdue.Values, notices => Assert.Equal(NoticeKind.FormOverdue, Assert.Single(notices).Kind));
        Assert.Empty(await ByKeyAsync($"form-overdue:{kms}"));
        Assert.Single(await fixture.Mail.ToAsync("coordinator@demo.local", about: $"/monitoring/forms/{khv}"));
    }

    [Fact]
    public async Task An_item_due_in_a_week_or_overdue_reminds_the_educator_and_the_tutor_and_a_week_old_draft_the_methodists()
    {
        var teacher = await factory.DemoTeacherAsync();
        int dueId, lateId, routeId, draftId;
        await using (var db = factory.Db())
        {
            var tutor = await db.Users.SingleAsync(u => u.Email == "methodist@demo.local");
            var route = await db.Routes.Include(r => r.Items).Where(r => r.EducatorId == teacher.Id && r.Items.Count >= 2).OrderBy(r => r.Id).FirstAsync();
            (route.Status, route.TutorUserId, routeId) = (RouteStatus.InProgress, tutor.Id, route.Id);
            var items = route.Items.OrderBy(i => i.Id).Take(2).ToList();
            foreach (var item in items)
            {
                item.Status = RouteItemStatus.Planned;
            }

            (items[0].Deadline, items[1].Deadline) = (RegionToday.AddDays(5), RegionToday.AddDays(-3));
            (dueId, lateId) = (items[0].Id, items[1].Id);

            var draft = await db.Routes.Where(r => r.Organization!.Municipality!.Code == "KHV" && r.Id != route.Id).OrderBy(r => r.Id).FirstAsync();
            (draft.Status, draftId) = (RouteStatus.Draft, draft.Id);
            await db.SaveChangesAsync();
            await db.Routes.Where(r => r.Id == draftId).ExecuteUpdateAsync(r => r.SetProperty(x => x.CreatedAt, DateTimeOffset.UtcNow.AddDays(-8)));
        }

        await RemindAsync();
        await RemindAsync();

        var due = await ByKeyAsync($"item-due:{dueId}");
        Assert.Equal(["methodist@demo.local", "teacher@demo.local"], due.Keys.Order());
        Assert.All(due.Values, notices => Assert.Equal((NoticeKind.ItemDue, $"/routes/{routeId}#item-{dueId}"), (Assert.Single(notices).Kind, notices[0].Url)));
        var late = await ByKeyAsync($"item-overdue:{lateId}");
        Assert.Equal(["methodist@demo.local", "teacher@demo.local"], late.Keys.Order());
        Assert.All(late.Values, notices => Assert.Equal(NoticeKind.ItemOverdue, Assert.Single(notices).Kind));

        var waiting = await ByKeyAsync($"draft-waiting:{draftId}");
        Assert.Equal(["cnppm@demo.local", "methodist@demo.local"], waiting.Keys.Order());
        Assert.All(waiting.Values, notices => Assert.Equal(NoticeKind.DraftWaiting, Assert.Single(notices).Kind));
        Assert.Single(await fixture.Mail.ToAsync("teacher@demo.local", about: $"#item-{lateId}"));
    }
}
