using MetodPortal.Data;
using MetodPortal.Data.Notifications;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Notifications;

/// <summary>The notices of a recommendation addressed and of an offer linked to an item under way.</summary>
public sealed class NoticeCausesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<List<Notification>> OfAsync(string email, NoticeKind kind)
    {
        await using var db = factory.Db();
        return await db.Notifications.AsNoTracking().Where(n => n.Kind == kind && db.Users.Any(u => u.Id == n.UserId && u.Email == email)).ToListAsync();
    }

    [Fact]
    public async Task Every_demo_user_finds_notices_on_the_bell_after_the_first_start()
    {
        await using var db = factory.Db();
        var demoUsers = await db.Users.Where(u => u.Email!.EndsWith("@demo.local")).Select(u => u.Email).ToListAsync();
        var without = await db.Users.Where(u => u.Email!.EndsWith("@demo.local") && !db.Notifications.Any(n => n.UserId == u.Id))
            .Select(u => u.Email).ToListAsync();

        Assert.Equal(8, demoUsers.Count);
        Assert.Empty(without);
    }

    [Fact]
    public async Task A_lockout_after_failed_sign_ins_tells_the_system_administrators()
    {
        await using (var db = factory.Db())
        {
            await db.Notifications.Where(n => n.Kind == NoticeKind.UserLockedOut).ExecuteDeleteAsync();
        }

        using var client = factory.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.LoginAsync("coordinator@demo.local", "Ne-Tot-Parol-1");
        }

        var notice = Assert.Single(await OfAsync("admin@demo.local", NoticeKind.UserLockedOut));
        Assert.Contains("coordinator@demo.local", notice.Text, StringComparison.Ordinal);
        Assert.Empty(await OfAsync("ministry@demo.local", NoticeKind.UserLockedOut));
    }

    [Fact]
    public async Task A_recommendation_to_a_school_notifies_its_administrators_once_even_when_written_again_and_from_both_sources()
    {
        var forms = await factory.CampaignAsync(2072, new DateTimeOffset(2099, 1, 20, 0, 0, 0, TimeSpan.Zero), CampaignStatus.Closed, Seeded.KhvSchool);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var campaignId = (await factory.FormAsync(forms[Seeded.KhvSchool])).CampaignId;
        Recommendation Write(IndicatorSource source) => new()
        {
            RegionId = school.RegionId, CampaignId = campaignId, Indicator = 9, OrganizationId = school.Id, Source = source,
            Value = 0.1m, Threshold = 0.5m, Text = "Включить молодых педагогов в программу наставничества.", CreatedAt = DateTimeOffset.UtcNow,
        };

        for (var time = 0; time < 2; time++)
        {
            await using var scope = factory.As(await factory.PrincipalAsync("ministry@demo.local"));
            var db = scope.Get<PortalDbContext>();
            await db.Recommendations.Where(r => r.CampaignId == campaignId).ExecuteDeleteAsync();
            db.Recommendations.Add(Write(IndicatorSource.Declared));
            if (time == 0)
            {
                db.Recommendations.Add(Write(IndicatorSource.Registry)); // the other source's, in the same save
            }

            await db.SaveChangesAsync();
        }

        var notice = Assert.Single(await OfAsync("school@demo.local", NoticeKind.RecommendationAddressed),
            n => n.Url.StartsWith($"/monitoring/{campaignId}/", StringComparison.Ordinal));
        Assert.Equal($"/monitoring/{campaignId}/recommendations?organizationId={school.Id}", notice.Url);
        Assert.DoesNotContain(await OfAsync("school2@demo.local", NoticeKind.RecommendationAddressed), n => n.Url == notice.Url);
    }

    [Fact]
    public async Task A_campaign_closed_tells_the_coordinators_and_the_other_ministry_staff_of_the_region()
    {
        var forms = await factory.CampaignAsync(2074, new DateTimeOffset(2099, 1, 20, 0, 0, 0, TimeSpan.Zero), CampaignStatus.Open, Seeded.KhvSchool);
        var campaignId = (await factory.FormAsync(forms[Seeded.KhvSchool])).CampaignId;
        await using (var scope = factory.As(await factory.PrincipalAsync("ministry@demo.local")))
        {
            Assert.IsType<Web.Infrastructure.Outcome.Success>(await scope.Get<Web.Areas.Monitoring.UseCases.CloseCampaign>().HandleAsync(campaignId, default));
        }

        Assert.Single(await OfAsync("coordinator@demo.local", NoticeKind.CampaignClosed), n => n.Url == $"/monitoring/{campaignId}");
        Assert.DoesNotContain(await OfAsync("ministry@demo.local", NoticeKind.CampaignClosed), n => n.Url == $"/monitoring/{campaignId}");
        Assert.DoesNotContain(await OfAsync("school@demo.local", NoticeKind.CampaignClosed), n => n.Url == $"/monitoring/{campaignId}");
    }

    [Fact]
    public async Task An_event_linked_to_an_item_of_a_route_under_way_tells_the_educator()
    {
        var teacher = await factory.DemoTeacherAsync();
        await using var scope = factory.As(await factory.PrincipalAsync("methodist@demo.local"));
        var db = scope.Get<PortalDbContext>();
        var route = await db.Routes.Include(r => r.Items).Where(r => r.EducatorId == teacher.Id && r.Items.Any(i => i.EventId == null))
            .OrderBy(r => r.Id).FirstAsync();
        route.Status = RouteStatus.InProgress;
        var item = route.Items.Where(i => i.EventId == null).OrderBy(i => i.Id).First();
        item.EventId = await db.MethodicalEvents.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        await db.SaveChangesAsync();

        var notice = Assert.Single(await OfAsync("teacher@demo.local", NoticeKind.OfferLinked), n => n.Url == $"/routes/{route.Id}#item-{item.Id}");
        Assert.Contains(item.Goal, notice.Text, StringComparison.Ordinal);
    }
}
