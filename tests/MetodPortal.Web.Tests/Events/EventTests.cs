using System.Net;
using MetodPortal.Domain.Events;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Events;

public sealed class EventTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<string> SummaryAsync(HttpResponseMessage response) =>
        (await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector("#validation-summary")?.TextContent ?? "(no summary)";

    private static (string, string)[] Event(int organizer, string kind = "Seminar", string level = "Municipal", string starts = "2027-03-10",
        string? place = "МАУ «ЦРО»",
        string? link = null) =>
        [("OrganizationId", organizer.Id()), ("Title", "Семинар «Читательская грамотность»"), ("Kind", kind), ("Level", level), ("StartsOn", starts),
         ("Place", place ?? ""), ("Link", link ?? ""), ("ForYoungTeachers", "true")];

    [Fact]
    public async Task TheNavigatorListsUpcomingAndPastEventsByMonthAndFiltersThem()
    {
        using var teacher = await factory.LoginAsync("teacher@demo.local");
        var upcoming = await teacher.GetPageAsync("/events");
        var months = upcoming.QuerySelectorAll("#navigator h2.month").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("декабрь 2026", months);
        Assert.Contains("февраль 2027", months);
        Assert.DoesNotContain("апрель 2026", months);

        var past = await teacher.GetPageAsync("/events?past=true");
        Assert.Contains("апрель 2026", past.QuerySelectorAll("#navigator h2.month").Select(h => h.TextContent.Trim()));

        // A municipality's filter keeps its own and the regional events, not another municipality's.
        var kms = await factory.MunicipalityAsync("KMS");
        var filtered = (await teacher.GetPageAsync($"/events?past=true&municipalityId={kms.Id}")).QuerySelectorAll("#navigator .event")
            .Select(e => e.TextContent).ToList();
        Assert.Contains(filtered, t => t.Contains("Методический десант", StringComparison.Ordinal));
        Assert.Contains(filtered, t => t.Contains("Краевой форум", StringComparison.Ordinal));
        Assert.DoesNotContain(filtered, t => t.Contains("Городской семинар", StringComparison.Ordinal));
        var young = (await teacher.GetPageAsync("/events?past=true&young=true&kind=Contest")).QuerySelectorAll("#navigator .event")
            .Select(e => e.TextContent).ToList();
        Assert.Equal(["Краевой конкурс «Педагогический дебют — 2026»"], young.Select(t => t.Trim().Split('\n')[0].Trim()));
    }

    [Fact]
    public async Task AMethodistCreatesAnEventForTheMunicipalityAndRecordsParticipantsByTheRules()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var centre = await factory.OrganizationAsync("МАУ «ЦРО»");

        Assert.Contains("место проведения или ссылку", await SummaryAsync(await methodist.PostAsync("/events/create", Event(centre.Id, place: null))));
        Assert.Contains("https://", await SummaryAsync(await methodist.PostAsync("/events/create", Event(centre.Id, link: "javascript:alert(1)"))));
        Assert.Contains("только у региональной организации",
            await SummaryAsync(await methodist.PostAsync("/events/create", Event(centre.Id, level: "Regional"))));
        var created = await methodist.PostAsync("/events/create", Event(centre.Id));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.LocationId();

        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var educator = (await factory.StaffOfAsync(Seeded.KhvSchool))[4];
        (string, string)[] Participant(string role) => [("OrganizationId", school.Id.Id()), ("EducatorId", educator.Id.Id()), ("Role", role)];
        Assert.Contains("только у конкурса", await SummaryAsync(await methodist.PostAsync($"/events/{id}/participants/add", Participant("Winner"))));
        Assert.Equal(HttpStatusCode.Redirect, (await methodist.PostAsync($"/events/{id}/participants/add", Participant("Speaker"))).StatusCode);
        Assert.Contains("уже записано", await SummaryAsync(await methodist.PostAsync($"/events/{id}/participants/add", Participant("Participant"))));

        await using var db = factory.Db();
        var participation = await db.EventParticipations.SingleAsync(p => p.EventId == int.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((educator.Id, school.Id, ParticipationRole.Speaker), (participation.EducatorId, participation.OrganizationId, participation.Role));

        // The event has a participant now: it is not deleted.
        Assert.Equal(HttpStatusCode.Redirect, (await methodist.PostAsync($"/events/{id}/delete")).StatusCode);
        Assert.True(await db.MethodicalEvents.AnyAsync(e => e.Id == participation.EventId));
    }

    [Fact]
    public async Task ATeacherSeesOnlyTheirOwnParticipation()
    {
        var teacher = await factory.DemoTeacherAsync();
        await using var db = factory.Db();
        var forum = await db.MethodicalEvents.Where(e => e.Title.StartsWith("Краевой форум")).Select(e => e.Id).SingleAsync();
        Assert.True(await db.EventParticipations.CountAsync(p => p.EventId == forum) > 1);
        using var client = await factory.LoginAsync("teacher@demo.local");

        var card = await client.GetPageAsync($"/events/{forum}");

        var rows = card.QuerySelectorAll("#participants tbody tr");
        Assert.Single(rows);
        Assert.Contains(teacher.LastName, rows[0].TextContent, StringComparison.Ordinal);
        Assert.Null(card.QuerySelector("#add-participant"));
    }
}
