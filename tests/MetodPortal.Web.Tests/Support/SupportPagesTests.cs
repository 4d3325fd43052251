using System.Net;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Support;

/// <summary>Every page of the forms of support opens for the role that uses it, on the demo records of its scope.</summary>
public sealed class SupportPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EveryPageOpensForTheRoleThatUsesIt()
    {
        await using var db = factory.Db();
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var program = await db.MentoringPrograms.Where(p => p.OrganizationId == school.Id).Select(p => p.Id).FirstAsync();
        var pair = await db.MentoringPairs.Where(p => p.ProgramId == program && p.Status == Domain.Mentoring.PairStatus.Active).Select(p => p.Id).FirstAsync();
        var community = await db.Communities.Where(c => c.Organization!.ShortName == "МАУ «ЦРО»").Select(c => c.Id).FirstAsync();
        var member = await db.CommunityMemberships.Where(m => m.CommunityId == community).Select(m => m.Id).FirstAsync();
        var dpp = await db.ProfessionalPrograms.Select(p => p.Id).FirstAsync();
        var e = await db.MethodicalEvents.Where(x => x.Organization!.ShortName == "МАУ «ЦРО»").Select(x => x.Id).FirstAsync();
        var site = await db.OrganizationStatuses.Where(s => s.OrganizationId == school.Id).Select(s => s.Id).FirstAsync();
        var educator = (await factory.StaffOfAsync(Seeded.KhvSchool))[3].Id;

        var pages = new Dictionary<string, string[]>
        {
            ["school@demo.local"] =
            [
                "/mentoring", "/mentoring/pairs", $"/mentoring/{program}", "/mentoring/create", $"/mentoring/{program}/edit", $"/mentoring/{program}/delete",
                $"/mentoring/{program}/pairs/create", $"/mentoring/pairs/{pair}/edit", $"/mentoring/pairs/{pair}/close", $"/mentoring/pairs/{pair}/delete",
                $"/programs/completions/add?educatorId={educator}", "/programs/completions/import", $"/events/{e}/participants/add?organizationId={school.Id}",
                $"/staff/{educator}",
            ],
            ["methodist@demo.local"] =
            [
                "/communities", $"/communities/{community}", "/communities/create", $"/communities/{community}/edit", $"/communities/{community}/delete",
                $"/communities/{community}/members/add?organizationId={school.Id}", $"/communities/{community}/members/{member}/edit",
                "/events", "/events?past=true", $"/events/{e}", "/events/create", $"/events/{e}/edit", $"/events/{e}/delete",
            ],
            ["cnppm@demo.local"] = ["/programs", $"/programs/{dpp}", "/programs/create", $"/programs/{dpp}/edit", $"/programs/{dpp}/delete"],
            ["ministry@demo.local"] = ["/sites", "/sites/create", $"/sites/{site}/edit", $"/sites/{site}/delete", "/mentoring", "/communities", "/programs"],
            ["teacher@demo.local"] = ["/events", $"/events/{e}"],
        };

        foreach (var (email, urls) in pages)
        {
            using var client = await factory.LoginAsync(email);
            foreach (var url in urls)
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} as {email}: {(int)response.StatusCode}");
            }
        }

        // The teacher reaches the navigator, not the registries.
        using var teacher = await factory.LoginAsync("teacher@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/mentoring")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/communities")).StatusCode);
    }
}
