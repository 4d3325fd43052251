using System.Net;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Plan;
using MetodPortal.Testing;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Plan;

public sealed class PlanPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_region_sees_every_plan_and_a_municipality_only_its_own()
    {
        var regional = await PlanArrange.DemoPlanAsync(factory);
        int city;
        await using (var db = factory.Db())
        {
            city = await db.MeasurePlans.Where(p => p.MunicipalityId != null).Select(p => p.Id).SingleAsync();
        }

        using var ministry = await factory.LoginAsync(PlanArrange.Ministry);
        var all = await ministry.GetPageAsync("/plan");
        Assert.Equal([regional.Id, city], all.QuerySelectorAll("#plans [data-id]").Select(a => int.Parse(a.GetAttribute("data-id")!, Display.Russian)));

        foreach (var form in new[] { $"/plan/{regional.Id}/measures/new", $"/plan/{regional.Id}/edit", "/plan/new" })
        {
            var response = await ministry.GetAsync(form);
            Assert.True(response.StatusCode == HttpStatusCode.OK, form + " " + await response.Content.ReadAsStringAsync());
        }

        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        var own = await coordinator.GetPageAsync("/plan");
        Assert.Equal([city], own.QuerySelectorAll("#plans [data-id]").Select(a => int.Parse(a.GetAttribute("data-id")!, Display.Russian)));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/plan/{regional.Id}")).StatusCode);
        var measure = await PlanArrange.MeasureAsync(factory, 1, "3.2");
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/plan/measures/{measure.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/plan/{city}")).StatusCode);

        using var school = await factory.LoginAsync("school@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await school.GetAsync("/plan")).StatusCode);
    }

    [Fact]
    public async Task The_execution_page_counts_each_state_and_its_targets_equal_the_indicator_engine_and_a_registry_count()
    {
        var plan = await PlanArrange.DemoPlanAsync(factory);
        using var ministry = await factory.LoginAsync(PlanArrange.Ministry);
        var page = await ministry.GetPageAsync($"/plan/{plan.Id}");

        await using var db = factory.Db();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(10)).DateTime);
        var occurrences = await db.MeasureOccurrences.Where(o => o.Measure!.PlanId == plan.Id).ToListAsync();
        var overdue = occurrences.Count(o => o.StateOn(today) == OccurrenceState.Overdue);
        Assert.True(overdue > 0);
        Assert.Equal(overdue.ToString(Display.Russian), page.QuerySelector("#totals [data-state=Overdue] .fs-4")!.TextContent);
        Assert.Equal(occurrences.Count(o => o.StateOn(today) == OccurrenceState.DoneLate).ToString(Display.Russian),
            page.QuerySelector("#totals [data-state=DoneLate] .fs-4")!.TextContent);

        // ИОМ for 10 % of teachers (2.3.5): the engine's indicator 2 over the registry of the latest campaign.
        var routes = await PlanArrange.MeasureAsync(factory, 2, "3.5");
        var campaign = await db.MonitoringCampaigns.OrderByDescending(c => c.Year).FirstAsync(c => c.Status != CampaignStatus.Preparation);
        var engine = (await ScopeFigures.LoadAsync(db, campaign, IndicatorSource.Registry, null, null, default))!.Total.Counts!.Shares()[1].Percent!.Value;
        Assert.Contains("сейчас: " + Display.Percent(engine), page.QuerySelector($"#measures tr[data-id='{routes.Id}'] .current")!.TextContent,
            StringComparison.Ordinal);

        // At least one event a year for РМА and РУА (1.4.7): the navigator's events of that topic this year, counted here independently.
        var events = await PlanArrange.MeasureAsync(factory, 1, "4.7");
        var year = Math.Min(today.Year, plan.To.Year);
        var counted = (await db.MethodicalEvents.ToListAsync()).Count(e => e.StartsOn.Year == year && e.Topics.HasFlag(EventTopics.RegionalAssets));
        Assert.Equal(counted, await PlanFigures.CountAsync(db, PlanCount.AssetEvents, null, year, today, default));
        Assert.Contains("сейчас: " + counted.ToString(Display.Russian), page.QuerySelector($"#measures tr[data-id='{events.Id}'] .current")!.TextContent,
            StringComparison.Ordinal);

        // The execution report: PDF and Excel.
        var pdf = PdfText.Of(await (await ministry.GetAsync($"/plan/{plan.Id}/execution.pdf")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Отчёт об исполнении", pdf, StringComparison.Ordinal);
        Assert.Contains($"Просрочено {overdue}", pdf, StringComparison.Ordinal);
        var sheets = XlsxSheets.Read(await (await ministry.GetAsync($"/plan/{plan.Id}/execution.xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Equal(await db.PlanMeasures.CountAsync(m => m.PlanId == plan.Id), sheets["Мероприятия"].Count - 1);
        Assert.Equal(overdue, sheets["Мероприятия"].Skip(1).Sum(r => int.Parse(r[8]!, Display.Russian)));
    }

    [Fact]
    public async Task Overdue_is_counted_on_the_regions_day_not_the_servers()
    {
        await using var db = factory.Db();
        var region = await db.Regions.Select(r => r.Id).FirstAsync();
        // 15:00 UTC on 6 December is 01:00 on 7 December in Khabarovsk: an occurrence due on the 6th is overdue there.
        var today = await RegionZone.TodayAsync(db, region, new StoppedClock(new DateTimeOffset(2026, 12, 6, 15, 0, 0, TimeSpan.Zero)), default);
        Assert.Equal(new DateOnly(2026, 12, 7), today);
        Assert.Equal(OccurrenceState.Overdue, new MeasureOccurrence { Due = new DateOnly(2026, 12, 6) }.StateOn(today));
        Assert.Equal(new DateOnly(2026, 12, 6),
            await RegionZone.TodayAsync(db, region, new StoppedClock(new DateTimeOffset(2026, 12, 6, 13, 0, 0, TimeSpan.Zero)), default));
    }
}
