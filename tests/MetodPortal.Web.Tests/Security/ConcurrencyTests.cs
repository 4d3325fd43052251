using System.Net;
using AngleSharp.Dom;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Security;

/// <summary>
/// Two people editing one record: the first save wins, the second is refused with a clear message and changes
/// nothing (the row's xmin is its version); a double-clicked «отправить» sends the form once.
/// </summary>
public sealed class ConcurrencyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheSecondEditorOfAPersonIsToldSomeoneChangedItAndOverwritesNothing()
    {
        var educator = await factory.TeacherOfAsync(Seeded.KhvSchool, skip: 7);
        var url = $"/staff/{educator.Id}/edit";
        using var school = await factory.LoginAsync("school@demo.local");
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        var schoolForm = await FormAsync(school, url, "form#educator-form");
        var coordinatorForm = await FormAsync(coordinator, url, "form#educator-form");
        var updatesBefore = await UpdatesAsync("Educator", educator.Id);

        Assert.Equal(HttpStatusCode.Redirect, (await school.PostAsync(url, PortalClient.FieldsOf(schoolForm, ("LastName", "Первая-Правка")), url)).StatusCode);
        var late = await coordinator.PostAsync(url, PortalClient.FieldsOf(coordinatorForm, ("Email", "vtoraya.pravka@example.ru")), url);

        await AssertRefusedAsync(coordinator, late, url);
        await using var db = factory.Db();
        var saved = await db.Educators.AsNoTracking().SingleAsync(e => e.Id == educator.Id);
        Assert.Equal(("Первая-Правка", educator.Email), (saved.LastName, saved.Email));
        Assert.Equal(updatesBefore + 1, await UpdatesAsync("Educator", educator.Id));
        var fresh = await coordinator.GetPageAsync(url);
        Assert.Equal("Первая-Правка", fresh.QuerySelector("input#LastName")!.GetAttribute("value"));

        // From the fresh page the second editor's save goes through.
        var retry = await coordinator.PostAsync(url,
            PortalClient.FieldsOf(fresh.QuerySelector("form#educator-form")!, ("Email", "vtoraya.pravka@example.ru")), url);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        var both = await db.Educators.AsNoTracking().SingleAsync(e => e.Id == educator.Id);
        Assert.Equal(("Первая-Правка", "vtoraya.pravka@example.ru"), (both.LastName, both.Email));
    }

    [Fact]
    public async Task TheSecondEditorOfARouteIsToldSomeoneChangedItAndOverwritesNothing()
    {
        var draft = await factory.RouteInAsync("KHV", RouteStatus.Draft);
        var url = $"/routes/{draft.Id}/edit";
        using var first = await factory.LoginAsync("methodist@demo.local");
        using var second = await factory.LoginAsync("methodist@demo.local");
        var firstForm = await FormAsync(first, url, "form#route-form");
        var secondForm = await FormAsync(second, url, "form#route-form");

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(url, PortalClient.FieldsOf(firstForm, ("Note", "Правка первого")), url)).StatusCode);
        var late = await second.PostAsync(url, PortalClient.FieldsOf(secondForm, ("Note", "Правка второго")), url);

        await AssertRefusedAsync(second, late, url);
        await using var db = factory.Db();
        Assert.Equal("Правка первого", await db.Routes.Where(r => r.Id == draft.Id).Select(r => r.Note).SingleAsync());
    }

    [Fact]
    public async Task AFormSavedFromAStalePageIsRefusedAndADoubleClickedSubmitSendsItOnce()
    {
        var forms = await factory.CampaignAsync(2045, DateTimeOffset.UtcNow.AddYears(1), CampaignStatus.Open, Seeded.KhvSchool);
        var id = forms[Seeded.KhvSchool];
        var url = $"/monitoring/forms/{id}";
        var registry = await factory.RegistryOfAsync(id);
        using var tab1 = await factory.LoginAsync("school@demo.local");
        using var tab2 = await factory.LoginAsync("school@demo.local");
        var stale = await FormAsync(tab2, url, "form#monitoring-form");

        Assert.Equal(HttpStatusCode.Redirect, (await tab1.PostAsync(url, MonitoringArrange.Fields(registry, "save"))).StatusCode);
        var version = (await FormAsync(tab1, url, "form#monitoring-form")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var late = await tab2.PostAsync(url, PortalClient.FieldsOf(stale, ("Educators", "1"), ("action", "save")), url);
        await AssertRefusedAsync(tab2, late, url);
        Assert.Equal(registry.Educators, (await factory.FormAsync(id)).Declared.Educators);

        // Two «отправить» at once from the same page: one submission, whichever request is second is refused.
        var token = await tab1.TokenAsync(url);
        var fields = MonitoringArrange.Fields(registry, "submit").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))
            .Append(new("Version", version)).Append(new("__RequestVerificationToken", token)).ToList();
        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => tab1.Http.PostAsync(url, new FormUrlEncodedContent(fields))));
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{(int)a.StatusCode}"));
        var sent = await factory.FormAsync(id);
        Assert.Equal(FormStatus.Submitted, sent.Status);
        Assert.Single(sent.History, e => e.Action == "Отправлена");
    }

    private static async Task<IElement> FormAsync(PortalClient client, string url, string selector) =>
        (await client.GetPageAsync(url)).QuerySelector(selector) ?? throw new InvalidOperationException($"{selector} not on {url}");

    /// <summary>The refused save sends the user back to the page, which says why.</summary>
    private static async Task AssertRefusedAsync(PortalClient client, HttpResponseMessage response, string url)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync(url);
        Assert.Equal(ConcurrencyConflictFilter.Message, page.QuerySelector("#flash-warning")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#flash"));
    }

    private async Task<int> UpdatesAsync(string entityType, int id)
    {
        await using var db = factory.Db();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEntries.CountAsync(a => a.EntityType == entityType && a.EntityId == key && a.Action == Domain.Audit.AuditAction.Modified);
    }
}
