using System.Net;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Routes;

/// <summary>
/// Routes within one municipality — a teacher sees only their own, a school only its own — and the regional methodist
/// across all; another municipality's records are the cross-scope matrix's (Security/CrossScopeMatrixTests).
/// </summary>
public sealed class DiagnosticsAndRoutesScopeTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private int _route;
    private int _diagnostic;
    private int _secondDiagnostic;
    private int _evidence;

    public async Task InitializeAsync()
    {
        // A route of Комсомольск-на-Амуре in work, with an evidence file, and two diagnostics of one person there.
        await using var db = factory.Db();
        var route = await db.Routes.Include(r => r.Items)
            .Where(r => r.Organization!.Municipality!.Code == "KMS" && r.Status == RouteStatus.InProgress
                && r.Items.Any(i => i.Status == RouteItemStatus.Planned))
            .OrderBy(r => r.Id).FirstAsync();
        var item = route.Items.First(i => i.Status == RouteItemStatus.Planned);
        var file = item.Attach(new RouteEvidence { FileName = "справка.pdf", ContentType = "application/pdf", Content = "%PDF-1.4"u8.ToArray(),
            Size = 8, UploadedAt = DateTimeOffset.UtcNow });
        db.RouteEvidence.Add(file);
        await db.SaveChangesAsync();
        (_route, _evidence) = (route.Id, file.Id);
        var pair = await db.Diagnostics.Where(d => d.Organization!.Municipality!.Code == "KMS")
            .GroupBy(d => d.EducatorId).Where(g => g.Count() > 1).Select(g => g.Select(d => d.Id).ToList()).FirstAsync();
        (_diagnostic, _secondDiagnostic) = (pair[0], pair[1]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AColleaguesRouteIsNotFoundForTheTeacherAndAnotherSchoolsForTheSchoolAdministrator()
    {
        var teacher = await factory.DemoTeacherAsync();
        await using var db = factory.Db();
        var colleagues = await db.Routes.Where(r => r.Organization!.ShortName == Seeded.KhvSchool && r.EducatorId != teacher.Id).Select(r => r.Id).FirstAsync();
        var gymnasium = await db.Routes.Where(r => r.Organization!.ShortName != Seeded.KhvSchool
            && r.Organization!.Municipality!.Code == "KHV").Select(r => r.Id).FirstAsync();
        using var teacherClient = await factory.LoginAsync("teacher@demo.local");
        using var school = await factory.LoginAsync("school@demo.local");

        Assert.Equal(HttpStatusCode.NotFound, (await teacherClient.GetAsync($"/routes/{colleagues}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacherClient.GetAsync($"/routes/{colleagues}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync($"/routes/{colleagues}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"/routes/{gymnasium}")).StatusCode);

        // The list names no one (it is the teacher's own): its links are exactly the teacher's routes.
        var mine = (await teacherClient.GetPageAsync("/routes")).QuerySelectorAll("#routes-table tbody tr a").Select(a => a.GetAttribute("href")!);
        var own = await db.Routes.Where(r => r.EducatorId == teacher.Id).Select(r => $"/routes/{r.Id}").ToListAsync();
        Assert.NotEmpty(own);
        Assert.Equal(own.Order(), mine.Order());
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
