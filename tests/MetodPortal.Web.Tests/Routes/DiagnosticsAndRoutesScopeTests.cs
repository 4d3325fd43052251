using System.Net;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Routes;

/// <summary>Every by-id route of diagnostics and routes answers 404 for another municipality's (or another person's) records, and changes nothing.</summary>
public sealed class DiagnosticsAndRoutesScopeTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private int _route;
    private int _item;
    private int _diagnostic;
    private int _secondDiagnostic;
    private int _evidence;

    public async Task InitializeAsync()
    {
        // A route of Комсомольск-на-Амуре in work, with an evidence file, and two diagnostics of one person there.
        await using var db = factory.Db();
        var route = await db.Routes.Include(r => r.Items)
            .Where(r => r.Organization!.Municipality!.Code == "KMS" && r.Status == RouteStatus.InProgress && r.Items.Any(i => i.Status == RouteItemStatus.Planned))
            .OrderBy(r => r.Id).FirstAsync();
        var item = route.Items.First(i => i.Status == RouteItemStatus.Planned);
        var file = item.Attach(new RouteEvidence { FileName = "справка.pdf", ContentType = "application/pdf", Content = "%PDF-1.4"u8.ToArray(), Size = 8, UploadedAt = DateTimeOffset.UtcNow });
        db.RouteEvidence.Add(file);
        await db.SaveChangesAsync();
        (_route, _item, _evidence) = (route.Id, item.Id, file.Id);
        var pair = await db.Diagnostics.Where(d => d.Organization!.Municipality!.Code == "KMS")
            .GroupBy(d => d.EducatorId).Where(g => g.Count() > 1).Select(g => g.Select(d => d.Id).ToList()).FirstAsync();
        (_diagnostic, _secondDiagnostic) = (pair[0], pair[1]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(string, int, int, int, int)> StateAsync()
    {
        await using var db = factory.Db();
        var route = await db.Routes.AsNoTracking().Include(r => r.Items).SingleAsync(r => r.Id == _route);
        return (string.Join(",", route.Status, string.Join(",", route.Items.Select(i => i.Status))), route.Items.Count,
            await db.Diagnostics.CountAsync(), await db.DiagnosticDeficits.CountAsync(), await db.RouteEvidence.CountAsync());
    }

    private string[] Gets() =>
    [
        $"/routes/{_route}", $"/routes/{_route}.pdf", $"/routes/{_route}/edit", $"/routes/{_route}/cancel", $"/routes/{_route}/delete",
        $"/routes/{_route}/items/add", $"/routes/{_route}/items/{_item}/edit", $"/routes/{_route}/evidence/{_evidence}",
        $"/diagnostics/{_diagnostic}", $"/diagnostics/{_diagnostic}/edit", $"/diagnostics/{_diagnostic}/delete",
        $"/diagnostics/compare?first={_diagnostic}&second={_secondDiagnostic}", $"/routes/create?diagnosticId={_diagnostic}",
    ];

    private (string Url, (string, string)[] Fields)[] Posts() =>
    [
        ($"/routes/{_route}/approve", []), ($"/routes/{_route}/start", []), ($"/routes/{_route}/complete", []), ($"/routes/{_route}/return-to-draft", []),
        ($"/routes/{_route}/cancel", [("reason", "чужой")]), ($"/routes/{_route}/delete", []), ($"/routes/{_route}/edit", [("PeriodFrom", "2026-01-01"), ("PeriodTo", "2026-12-31")]),
        ($"/routes/{_route}/items/add", [("Goal", "чужой"), ("Activity", "Courses"), ("Deadline", "2026-12-01")]),
        ($"/routes/{_route}/items/{_item}/edit", [("Goal", "чужой"), ("Activity", "Courses"), ("Deadline", "2026-12-01")]),
        ($"/routes/{_route}/items/{_item}/delete", []), ($"/routes/{_route}/items/{_item}/report", [("Note", "чужой")]),
        ($"/routes/{_route}/items/{_item}/confirm", [("Note", "чужой")]), ($"/routes/{_route}/items/{_item}/return", [("Note", "чужой")]),
        ($"/routes/{_route}/items/{_item}/cancel", [("Note", "чужой")]),
        ($"/diagnostics/{_diagnostic}/delete", []), ($"/diagnostics/{_diagnostic}/edit", [("ConductedBy", "чужой"), ("Date", "2026-01-01")]),
        ("/routes/create", [("DiagnosticId", _diagnostic.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("PeriodFrom", "2026-11-01"), ("PeriodTo", "2027-01-01")]),
    ];

    [Theory]
    [InlineData("methodist@demo.local")]
    [InlineData("coordinator@demo.local")]
    [InlineData("school@demo.local")]
    [InlineData("teacher@demo.local")]
    public async Task AnotherMunicipalitysDiagnosticsAndRoutesAreNotFoundAndUntouched(string email)
    {
        using var client = await factory.LoginAsync(email);
        var before = await StateAsync();

        foreach (var url in Gets())
        {
            var status = (await client.GetAsync(url)).StatusCode;
            Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"GET {url} as {email}: {(int)status}");
        }

        foreach (var (url, fields) in Posts())
        {
            var status = (await client.PostAsync(url, fields)).StatusCode;
            Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"POST {url} as {email}: {(int)status}");
        }

        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task AColleaguesRouteIsNotFoundForTheTeacherAndAnotherSchoolsForTheSchoolAdministrator()
    {
        var teacher = await factory.DemoTeacherAsync();
        await using var db = factory.Db();
        var colleagues = await db.Routes.Where(r => r.Organization!.ShortName == Seeded.KhvSchool && r.EducatorId != teacher.Id).Select(r => r.Id).FirstAsync();
        var gymnasium = await db.Routes.Where(r => r.Organization!.ShortName != Seeded.KhvSchool && r.Organization!.Municipality!.Code == "KHV").Select(r => r.Id).FirstAsync();
        using var teacherClient = await factory.LoginAsync("teacher@demo.local");
        using var school = await factory.LoginAsync("school@demo.local");

        Assert.Equal(HttpStatusCode.NotFound, (await teacherClient.GetAsync($"/routes/{colleagues}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacherClient.GetAsync($"/routes/{colleagues}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync($"/routes/{colleagues}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"/routes/{gymnasium}")).StatusCode);

        var mine = await teacherClient.GetPageAsync("/routes");
        Assert.All(mine.QuerySelectorAll("#routes-table tbody tr"), r => Assert.Contains("Орлова", r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheRegionalMethodistReachesEveryMunicipality()
    {
        using var client = await factory.LoginAsync("cnppm@demo.local");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/routes/{_route}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/routes/{_route}/evidence/{_evidence}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/diagnostics/compare?first={_diagnostic}&second={_secondDiagnostic}")).StatusCode);
    }
}
