using System.Net;
using MetodPortal.Data.Notifications;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetodPortal.Web.Tests.Notifications;

public sealed class NoticeTests(MailPortal fixture) : IClassFixture<MailPortal>
{
    private static readonly DateTimeOffset Future = new(2099, 1, 20, 14, 0, 0, TimeSpan.Zero);
    private readonly PortalFactory factory = fixture.Portal;
    private readonly MailServer mail = fixture.Mail;

    private async Task<List<Notification>> NoticesOfAsync(string email)
    {
        await using var db = factory.Db();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == user.Id).OrderBy(n => n.Id).ToListAsync();
    }

    [Fact]
    public async Task A_form_sent_and_returned_notifies_the_coordinator_then_the_school_in_the_portal_and_by_mail_and_nobody_else()
    {
        var forms = await factory.CampaignAsync(2061, Future, CampaignStatus.Open, Seeded.KhvSchool, Seeded.KmsSchool);
        var id = forms[Seeded.KhvSchool];
        using var school = await factory.LoginAsync("school@demo.local");
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        var before = (await NoticesOfAsync("school2@demo.local")).Count;

        Assert.Equal(HttpStatusCode.Redirect,
            (await school.PostAsync($"/monitoring/forms/{id}", MonitoringArrange.Fields(await factory.RegistryOfAsync(id), "submit"))).StatusCode);
        var submitted = Assert.Single(await NoticesOfAsync("coordinator@demo.local"), n => n.Url == $"/monitoring/forms/{id}");
        Assert.Equal(NoticeKind.FormSubmitted, submitted.Kind);
        Assert.DoesNotContain(await NoticesOfAsync("school@demo.local"), n => n.Url == $"/monitoring/forms/{id}");

        Assert.Equal(HttpStatusCode.Redirect,
            (await coordinator.PostAsync($"/monitoring/forms/{id}/return", ("comment", "Проверьте число руководителей"))).StatusCode);
        var returned = Assert.Single(await NoticesOfAsync("school@demo.local"), n => n.Url == $"/monitoring/forms/{id}");
        Assert.Equal((NoticeKind.FormReturned, "Форма мониторинга возвращена на доработку: Проверьте число руководителей"), (returned.Kind, returned.Text));

        var message = Assert.Single(await mail.ToAsync("school@demo.local", about: $"/monitoring/forms/{id}"));
        Assert.Equal("МетодПортал: форма мониторинга возвращена на доработку", message.Subject);
        Assert.Contains($"https://portal.example/monitoring/forms/{id}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://portal.example/monitoring/forms/{id}\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal((before, 0), ((await NoticesOfAsync("school2@demo.local")).Count, (await mail.ToAsync("school2@demo.local", seconds: 0)).Count));

        // The bell counts the unread notices; opening one goes to its record and reads it; another user's is not found.
        var unread = (await NoticesOfAsync("school@demo.local")).Count(n => n.ReadAt is null);
        Assert.Equal(unread.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (await school.GetPageAsync("/monitoring")).QuerySelector("#bell-count")?.TextContent);
        using var other = await factory.LoginAsync("school2@demo.local");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/notifications/{returned.Id}")).StatusCode);
        var open = await school.GetAsync($"/notifications/{returned.Id}");
        Assert.Equal(($"/monitoring/forms/{id}", HttpStatusCode.Redirect), (open.Headers.Location?.OriginalString, open.StatusCode));
        Assert.NotNull((await NoticesOfAsync("school@demo.local")).Single(n => n.Id == returned.Id).ReadAt);
    }

    [Fact]
    public async Task A_mail_server_that_refuses_for_a_while_delays_the_mail_and_then_it_goes_once()
    {
        var forms = await factory.CampaignAsync(2062, Future, CampaignStatus.Open, Seeded.KhvSchool);
        var id = forms[Seeded.KhvSchool];
        using var school = await factory.LoginAsync("school@demo.local");
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        await school.PostAsync($"/monitoring/forms/{id}", MonitoringArrange.Fields(await factory.RegistryOfAsync(id), "submit"));
        var link = $"https://portal.example/monitoring/forms/{id}";

        mail.Refusing = true;
        var refusedBefore = mail.Refused;
        await coordinator.PostAsync($"/monitoring/forms/{id}/return", ("comment", "Нет пояснения"));
        for (var wait = DateTime.UtcNow.AddSeconds(60); mail.Refused < refusedBefore + 2 && DateTime.UtcNow < wait;)
        {
            await Task.Delay(50);
        }

        Assert.True(mail.Refused >= refusedBefore + 2, "the sender tried at least twice while the server refused");
        Assert.Empty(await mail.ToAsync("school@demo.local", seconds: 0, about: link));

        // The server counts a refusal before the sender writes it down: wait for the outbox row to say so.
        Data.Notifications.OutboxMail waiting;
        for (var wait = DateTime.UtcNow.AddSeconds(60); ;)
        {
            await using var db = factory.Db();
            waiting = await db.OutboxMails.AsNoTracking().SingleAsync(m => m.Text.Contains(link));
            if ((waiting.Attempts >= 2 && waiting.LastError is not null) || DateTime.UtcNow > wait)
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.Equal((null, true), (waiting.SentAt, waiting.Attempts >= 2 && waiting.LastError is not null));

        mail.Refusing = false;
        Assert.Single(await mail.ToAsync("school@demo.local", about: link));
        await using var check = factory.Db();
        var sent = await check.OutboxMails.AsNoTracking().SingleAsync(m => m.Text.Contains(link));
        Assert.NotNull(sent.SentAt);
        Assert.Single(await mail.ToAsync("school@demo.local", seconds: 0, about: link));
    }

    [Fact]
    public async Task An_ИОМ_approved_an_item_reported_returned_and_confirmed_notify_the_educator_and_the_tutor_in_turn()
    {
        int teacherId, tutorId, routeId, itemId;
        await using (var db = factory.Db())
        {
            var teacher = await db.Users.SingleAsync(u => u.Email == "teacher@demo.local");
            teacherId = teacher.Id;
            tutorId = await db.Users.Where(u => u.Email == "methodist@demo.local").Select(u => u.Id).SingleAsync();
            var job = await db.Employments.Where(e => e.EducatorId == teacher.EducatorId && e.EndDate == null).FirstAsync();
            var route = new IndividualRoute
            {
                RegionId = job.RegionId, OrganizationId = job.OrganizationId, EducatorId = job.EducatorId, TutorUserId = tutorId,
                PeriodFrom = new DateOnly(2026, 9, 1), PeriodTo = new DateOnly(2027, 6, 30), CreatedAt = DateTimeOffset.UtcNow,
            };
            route.Add(new RouteItem { Goal = "Провести открытый урок", Form = ActivityForm.SelfEducation,
                Deadline = new DateOnly(2027, 3, 1) });
            db.Routes.Add(route);
            await db.SaveChangesAsync();
            (routeId, itemId) = (route.Id, route.Items[0].Id);
        }

        async Task<Outcome> AsAsync(string email, Func<AsyncServiceScope, Task<Outcome>> step)
        {
            await using var scope = factory.As(await factory.PrincipalAsync(email));
            return await step(scope);
        }

        List<NoticeKind> KindsOf(List<Notification> notices) => [.. notices.Where(n => n.Url.StartsWith($"/routes/{routeId}", StringComparison.Ordinal))
            .Select(n => n.Kind)];

        Assert.IsType<Outcome.Success>(await AsAsync("methodist@demo.local",
            s => s.Get<ApproveRoute>().HandleAsync(routeId, tutorId, default)));
        Assert.IsType<Outcome.Success>(await AsAsync("teacher@demo.local",
            s => s.Get<ReportRouteItem>().HandleAsync(routeId, itemId, "Урок проведён 12.11", null, teacherId, default)));
        Assert.IsType<Outcome.Success>(await AsAsync("methodist@demo.local",
            s => s.Get<ReturnRouteItem>().HandleAsync(routeId, itemId,
                new ReturnItemForm { Note = "Приложите конспект" }, default)));
        Assert.IsType<Outcome.Success>(await AsAsync("teacher@demo.local",
            s => s.Get<ReportRouteItem>().HandleAsync(routeId, itemId, "Конспект в методическом кабинете", null, teacherId, default)));
        Assert.IsType<Outcome.Success>(await AsAsync("methodist@demo.local",
            s => s.Get<ConfirmRouteItem>().HandleAsync(routeId, itemId, new ConfirmItemForm(),
                tutorId, default)));

        Assert.Equal([NoticeKind.RouteApproved, NoticeKind.ItemReturned, NoticeKind.ItemConfirmed], KindsOf(await NoticesOfAsync("teacher@demo.local")));
        Assert.Equal([NoticeKind.ItemReported, NoticeKind.ItemReported], KindsOf(await NoticesOfAsync("methodist@demo.local")));
        Assert.Contains("Приложите конспект", (await NoticesOfAsync("teacher@demo.local")).Single(n => n.Kind == NoticeKind.ItemReturned).Text,
            StringComparison.Ordinal);
        Assert.Equal(2, (await mail.ToAsync("methodist@demo.local", count: 2, about: $"/routes/{routeId}")).Count);
        Assert.Empty(KindsOf(await NoticesOfAsync("school2@demo.local")));
    }
}
