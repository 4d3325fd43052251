using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Shell;

/// <summary>The home page says what needs the user's attention now, counted in their scope only.</summary>
public sealed class HomePageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ASchoolAdministratorSeesTheirFormsStatusAndDeadlineAndWhyItWasReturned()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using (var db = factory.Db())
        {
            var form = await db.MonitoringForms.SingleAsync(f => f.OrganizationId == school.Id && f.Campaign!.Status == CampaignStatus.Open);
            (form.Status, form.ReviewComment) = (FormStatus.Returned, "Уточните число наставников.");
            await db.SaveChangesAsync();
        }

        using var client = await factory.LoginAsync("school@demo.local");
        var card = (await client.GetPageAsync("/")).QuerySelector("#own-form")!;
        Assert.Contains("возвращена", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Уточните число наставников.", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("20.01.2027 18:00", card.TextContent, StringComparison.Ordinal);
        Assert.NotNull(card.QuerySelector("a[href^='/monitoring/forms/']"));
    }

    [Fact]
    public async Task ACoordinatorSeesTheFormsWaitingForReviewInTheirMunicipalityOnly()
    {
        int expected;
        await using (var db = factory.Db())
        {
            // A form of each municipality is sent, so both have some waiting.
            foreach (var code in new[] { "KHV", "KMS" })
            {
                var form = await db.MonitoringForms.Where(f => f.Campaign!.Status == CampaignStatus.Open && f.Status != FormStatus.Submitted
                    && f.Organization!.Municipality!.Code == code).OrderBy(f => f.Id).FirstAsync();
                (form.Status, form.SubmittedAt) = (FormStatus.Submitted, DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
            expected = await db.MonitoringForms.CountAsync(f => f.Campaign!.Status == CampaignStatus.Open && f.Status == FormStatus.Submitted
                && f.Organization!.Municipality!.Code == "KHV");
        }

        using var client = await factory.LoginAsync("coordinator@demo.local");
        var page = await client.GetPageAsync("/");
        Assert.Contains($"Формы ждут проверки: {expected}", page.QuerySelector("#forms-to-review")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(expected, page.QuerySelectorAll("#forms-to-review li a").Length);
        Assert.NotNull(page.QuerySelector("#campaign-progress"));
        Assert.Null(page.QuerySelector("#own-form"));
    }

    [Fact]
    public async Task MinistrySeesTheCampaignsProgressOverTheRegion()
    {
        int accepted, total;
        await using (var db = factory.Db())
        {
            var forms = db.MonitoringForms.Where(f => f.Campaign!.Status == CampaignStatus.Open);
            (accepted, total) = (await forms.CountAsync(f => f.Status == FormStatus.Accepted), await forms.CountAsync());
        }

        using var client = await factory.LoginAsync("ministry@demo.local");
        var progress = (await client.GetPageAsync("/")).QuerySelector("#campaign-progress")!;
        Assert.Contains($"принято {accepted} из {total} форм", progress.TextContent, StringComparison.Ordinal);
        Assert.Equal(accepted.ToString(System.Globalization.CultureInfo.InvariantCulture), progress.QuerySelector("progress")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AMethodistSeesRoutesWithOverdueItemsInTheirScopeOldestFirst()
    {
        string khvEducator, kmsEducator;
        IndividualRoute draft;
        await using (var db = factory.Db())
        {
            // One route in Хабаровск and one in Комсомольск-на-Амуре get an item far past its deadline.
            var today = DateOnly.FromDateTime(DateTime.Now);
            async Task<string> OverdueIn(string municipality)
            {
                var route = await db.Routes.Include(r => r.Items).Include(r => r.Educator)
                    .Where(r => (r.Status == RouteStatus.Approved || r.Status == RouteStatus.InProgress) && r.Organization!.Municipality!.Code == municipality
                        && r.Items.Any(i => i.Status == RouteItemStatus.Planned))
                    .OrderBy(r => r.Id).FirstAsync();
                route.Items.First(i => i.Status == RouteItemStatus.Planned).Deadline = today.AddYears(-3);
                return route.Educator!.FullName;
            }

            (khvEducator, kmsEducator) = (await OverdueIn("KHV"), await OverdueIn("KMS"));

            // A draft is not under way: its past deadline is no one's overdue work yet.
            draft = await db.Routes.Include(r => r.Items).Where(r => r.Organization!.Municipality!.Code == "KHV"
                && r.Items.Any(i => i.Status == RouteItemStatus.Planned)
                && !r.Items.Any(i => i.Status == RouteItemStatus.Planned && i.Deadline < today)).OrderByDescending(r => r.Id).FirstAsync();
            draft.Status = RouteStatus.Draft;
            draft.Items.First(i => i.Status == RouteItemStatus.Planned).Deadline = today.AddYears(-3);
            await db.SaveChangesAsync();
        }

        using var client = await factory.LoginAsync("methodist@demo.local");
        var card = (await client.GetPageAsync("/")).QuerySelector("#overdue-routes")!;
        var first = card.QuerySelector("li")!;
        Assert.Contains(khvEducator, first.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(kmsEducator, card.TextContent, StringComparison.Ordinal);
        Assert.NotNull(card.QuerySelector("a[href='/routes?overdue=true']"));

        // The list behind the link counts the same routes: under way, not drafts.
        var list = await client.GetPageAsync("/routes?overdue=true");
        Assert.Equal(card.QuerySelector("h2")!.TextContent.Split(':')[1].Trim(),
            list.QuerySelectorAll("#routes-table tbody tr").Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(list.QuerySelector($"a[href='/routes/{draft.Id}']"));
    }
}
