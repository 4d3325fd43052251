using System.Net;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Events;

/// <summary>The topics of events: set on the form, filtered in the navigator, and burnout-prevention participation counted by the monitoring.</summary>
public sealed class EventTopicsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_methodist_marks_an_events_topics_and_the_navigator_finds_it_by_each_of_them()
    {
        var centre = await factory.OrganizationAsync("МАУ «ЦРО»");
        using var methodist = await factory.LoginAsync("methodist@demo.local");

        var created = await methodist.PostAsync("/events/create", ("OrganizationId", centre.Id.Id()), ("Title", "Клуб «Ресурс»: профилактика выгорания"),
            ("Kind", "Seminar"), ("Level", "Municipal"), ("StartsOn", "2027-03-10"), ("Place", "МАУ «ЦРО»"), ("Topics", "BurnoutPrevention"),
            ("Topics", "Heads"));
        // A value outside the list (crafted, not on the page) never becomes a topic.
        var crafted = await methodist.PostAsync("/events/create", ("OrganizationId", centre.Id.Id()), ("Title", "Чужая тема"), ("Kind", "Seminar"),
            ("Level", "Municipal"), ("StartsOn", "2027-03-10"), ("Place", "МАУ «ЦРО»"), ("Topics", "1024"), ("Topics", "Inclusion"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, crafted.StatusCode);
        await using var db = factory.Db();
        var saved = await db.MethodicalEvents.SingleAsync(e => e.Title == "Клуб «Ресурс»: профилактика выгорания");
        Assert.Equal(EventTopics.BurnoutPrevention | EventTopics.Heads, saved.Topics);
        Assert.Equal(EventTopics.Inclusion, await db.MethodicalEvents.Where(e => e.Title == "Чужая тема").Select(e => e.Topics).SingleAsync());
        foreach (var topic in new[] { "BurnoutPrevention", "Heads" })
        {
            var page = await methodist.GetPageAsync($"/events?topic={topic}");
            Assert.Contains(page.QuerySelectorAll("#navigator .event"), e => e.GetAttribute("href") == $"/events/{saved.Id}");
        }

        var other = await methodist.GetPageAsync("/events?topic=Inclusion");
        Assert.DoesNotContain(other.QuerySelectorAll("#navigator .event"), e => e.GetAttribute("href") == $"/events/{saved.Id}");
        Assert.Contains("профилактика профессионального выгорания", (await methodist.GetPageAsync($"/events/{saved.Id}")).QuerySelector("#topics")!.TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_counts_each_person_of_the_territory_once_per_topic_as_an_independent_count_does()
    {
        await using var db = factory.Db();
        var campaign = await db.MonitoringCampaigns.Where(c => c.Status == CampaignStatus.Open).SingleAsync();
        var khv = await factory.MunicipalityAsync("KHV");
        var rows = await db.EventParticipations.Where(p => p.Organization!.MunicipalityId == khv.Id && p.Event!.StartsOn.Year == campaign.Year)
            .Select(p => new { p.EducatorId, p.Event!.Topics }).ToListAsync();
        var burnout = rows.Where(r => (r.Topics & EventTopics.BurnoutPrevention) != 0).Select(r => r.EducatorId).Distinct().Count();
        Assert.True(burnout > 0);
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");

        var page = await coordinator.GetPageAsync($"/monitoring/{campaign.Id}/dashboard?municipalityId={khv.Id}");

        Assert.Equal(burnout.ToString(), page.QuerySelector("#topics tr[data-topic='BurnoutPrevention'] .people")!.TextContent);
    }
}
