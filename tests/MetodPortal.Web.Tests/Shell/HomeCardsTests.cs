using System.Globalization;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Home.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Shell;

/// <summary>The home page by role: each card's count equals its list.</summary>
public sealed class HomeCardsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static int CountIn(AngleSharp.Dom.IElement card) =>
        int.Parse(card.QuerySelector("h2")!.TextContent.Split(['—', ':'])[^1].Trim(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_teacher_sees_their_items_due_or_returned_and_their_latest_diagnostic_and_no_counters()
    {
        var teacher = await factory.DemoTeacherAsync();
        var today = DateOnly.FromDateTime(DateTime.Now);
        int expected, latest;
        await using (var db = factory.Db())
        {
            var route = await db.Routes.Include(r => r.Items).Where(r => r.EducatorId == teacher.Id && r.Items.Count >= 2).OrderBy(r => r.Id).FirstAsync();
            route.Status = RouteStatus.InProgress;
            var items = route.Items.OrderBy(i => i.Id).ToList();
            (items[0].Status, items[0].Deadline, items[0].TutorComment) = (RouteItemStatus.Planned, today.AddDays(200), "Приложите конспект урока.");
            (items[1].Status, items[1].Deadline) = (RouteItemStatus.Planned, today.AddDays(-1));
            await db.SaveChangesAsync();
            expected = await db.Routes.Where(r => r.EducatorId == teacher.Id && (r.Status == RouteStatus.Approved || r.Status == RouteStatus.InProgress))
                .SelectMany(r => r.Items)
                .CountAsync(i => i.Status == RouteItemStatus.Planned && (i.Deadline <= today.AddDays(Attention.DueWithinDays) || i.TutorComment != null));
            latest = await db.Diagnostics.Where(d => d.EducatorId == teacher.Id).OrderByDescending(d => d.Date).ThenByDescending(d => d.Id)
                .Select(d => d.Id).FirstAsync();
        }

        using var client = await factory.LoginAsync("teacher@demo.local");
        var page = await client.GetPageAsync("/");

        var card = page.QuerySelector("#my-items")!;
        Assert.Equal(expected, CountIn(card));
        Assert.Equal(Math.Min(expected, 8), card.QuerySelectorAll("li").Length);
        Assert.Contains("возвращён тьютором", card.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#my-diagnostic a[href='/diagnostics/{latest}']"));
        Assert.Null(page.QuerySelector("#stat-municipalities"));
    }

    [Fact]
    public async Task A_tutor_sees_the_items_waiting_for_them_oldest_first_and_the_list_holds_their_routes()
    {
        int[] routes;
        await using (var db = factory.Db())
        {
            var tutor = await db.Users.SingleAsync(u => u.Email == "cnppm@demo.local");
            var chosen = await db.Routes.Include(r => r.Items).Where(r => r.Items.Count > 0 && r.Status != RouteStatus.Draft)
                .OrderBy(r => r.Id).Take(3).ToListAsync();
            foreach (var (route, n) in chosen.Select((r, n) => (r, n)))
            {
                route.TutorUserId = tutor.Id;
                var item = route.Items.OrderBy(i => i.Id).First();
                (item.Status, item.ReportedOn) = (RouteItemStatus.Reported, new DateOnly(2026, 10, 1).AddDays(10 - n));
            }

            await db.SaveChangesAsync();
            routes = [.. chosen.Select(r => r.Id)];
        }

        using var client = await factory.LoginAsync("cnppm@demo.local");
        var card = (await client.GetPageAsync("/")).QuerySelector("#items-to-confirm")!;
        var list = await client.GetPageAsync("/routes?toConfirm=true");

        Assert.Equal(3, CountIn(card));
        Assert.Equal(routes[2], int.Parse(card.QuerySelector("li a")!.GetAttribute("href")!.Split('/', '#')[2], CultureInfo.InvariantCulture));
        Assert.Equal(routes.Order(), list.QuerySelectorAll("#routes-table tbody tr a[href^='/routes/']")
            .Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[2], CultureInfo.InvariantCulture)).Distinct().Order());
    }

    [Fact]
    public async Task A_methodist_sees_the_drafts_to_approve_in_their_scope_and_the_count_is_the_list_s()
    {
        using var client = await factory.LoginAsync("methodist@demo.local");
        var card = (await client.GetPageAsync("/")).QuerySelector("#drafts-to-approve")!;
        var list = await client.GetPageAsync("/routes?status=Draft");

        int expected;
        await using (var db = factory.Db())
        {
            expected = await db.Routes.CountAsync(r => r.Status == RouteStatus.Draft && r.Organization!.Municipality!.Code == "KHV");
        }

        Assert.Equal(expected, CountIn(card));
        Assert.Contains(expected.ToString(CultureInfo.InvariantCulture), list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_sees_the_schools_of_their_municipality_late_with_their_form_by_name()
    {
        var forms = await factory.CampaignAsync(2090, DateTimeOffset.UtcNow.AddDays(-2), CampaignStatus.Open,
            Seeded.KhvSchool, Seeded.KhvGymnasium, Seeded.KmsSchool);
        await using (var db = factory.Db())
        {
            await db.MonitoringForms.Where(f => f.Id == forms[Seeded.KhvGymnasium]).ExecuteUpdateAsync(f => f.SetProperty(x => x.Status, FormStatus.Submitted));
        }

        using var client = await factory.LoginAsync("coordinator@demo.local");
        var card = (await client.GetPageAsync("/")).QuerySelector("#late-organizations")!;
        var campaignId = (await factory.FormAsync(forms[Seeded.KhvSchool])).CampaignId;
        var list = await client.GetPageAsync($"/monitoring/{campaignId}/forms?overdue=true");

        Assert.Equal(1, CountIn(card));
        Assert.Equal([$"/monitoring/forms/{forms[Seeded.KhvSchool]}"], card.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")));
        Assert.Equal([$"/monitoring/forms/{forms[Seeded.KhvSchool]}"],
            list.QuerySelectorAll("tbody tr a[href^='/monitoring/forms/']").Select(a => a.GetAttribute("href")).Distinct());
    }
}
