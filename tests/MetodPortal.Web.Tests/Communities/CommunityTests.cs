using System.Net;
using MetodPortal.Domain.Communities;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Communities;

public sealed class CommunityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<int> CreateAsync(PortalClient methodist, string kind = "DistrictAssociation", string level = "Municipal", string owner = "МАУ «ЦРО»")
    {
        var organization = await factory.OrganizationAsync(owner);
        var response = await methodist.PostAsync("/communities/create",
            ("Kind", kind), ("Level", level), ("OrganizationId", organization.Id.Id()), ("Title", "Районное МО учителей истории"), ("SubjectArea", "история"),
            ("ActiveFrom", "2026-09-01"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.CreatedId();
    }

    private static (string, string)[] Member(int organizationId, int educatorId, string from = "2026-09-15", string role = "Member") =>
        [("OrganizationId", organizationId.Id()), ("EducatorId", educatorId.Id()), ("Role", role), ("From", from)];

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector("#validation-summary")?.TextContent ?? "(no summary)");
    }

    [Fact]
    public async Task AMunicipalMethodistCreatesADistrictAssociationWithMembersFromTwoSchools()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var id = await CreateAsync(methodist);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var gymnasium = await factory.OrganizationAsync(Seeded.KhvGymnasium);
        var fromSchool = (await factory.StaffOfAsync(Seeded.KhvSchool))[4];
        var fromGymnasium = (await factory.StaffOfAsync(Seeded.KhvGymnasium))[5];

        // The member form lists the chosen school's staff.
        var form = await methodist.GetPageAsync($"/communities/{id}/members/add?organizationId={school.Id}");
        Assert.Contains(form.QuerySelectorAll("#EducatorId option"), o => o.GetAttribute("value") == fromSchool.Id.Id());

        Assert.Equal(HttpStatusCode.Redirect,
            (await methodist.PostAsync($"/communities/{id}/members/add", Member(school.Id, fromSchool.Id, role: "Leader"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await methodist.PostAsync($"/communities/{id}/members/add", Member(gymnasium.Id, fromGymnasium.Id))).StatusCode);

        await using var db = factory.Db();
        var members = await db.CommunityMemberships.Where(m => m.CommunityId == id).OrderBy(m => m.Id).ToListAsync();
        Assert.Equal([(school.Id, fromSchool.Id, MemberRole.Leader), (gymnasium.Id, fromGymnasium.Id, MemberRole.Member)],
            members.Select(m => (m.OrganizationId, m.EducatorId, m.Role)));
        var card = await methodist.GetPageAsync($"/communities/{id}");
        Assert.Equal(2, card.QuerySelectorAll("#members tbody tr").Length);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(CommunityMembership)));

        // The school sees the association through its teacher, only its own member, and cannot change it.
        using var schoolAdmin = await factory.LoginAsync("school@demo.local");
        var seen = await schoolAdmin.GetPageAsync($"/communities/{id}");
        Assert.Equal(1, seen.QuerySelectorAll("#members tbody tr").Length);
        Assert.Null(seen.QuerySelector("#add-member"));
        Assert.Equal(HttpStatusCode.NotFound, (await schoolAdmin.GetAsync($"/communities/{id}/edit")).StatusCode);
    }

    [Fact]
    public async Task MembersComeOnlyFromTheCommunitysTerritoryAndRulesAreChecked()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var id = await CreateAsync(methodist);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var kms = await factory.OrganizationAsync(Seeded.KmsSchool);
        var staff = await factory.StaffOfAsync(Seeded.KhvSchool);
        var gymnasiumOnly = (await factory.StaffOfAsync(Seeded.KhvGymnasium)).First(e => staff.All(s => s.Id != e.Id));
        var kmsTeacher = (await factory.StaffOfAsync(Seeded.KmsSchool))[3];

        await AssertRefusedAsync(await methodist.PostAsync($"/communities/{id}/members/add", Member(kms.Id, kmsTeacher.Id)), "территории сообщества");
        await AssertRefusedAsync(await methodist.PostAsync($"/communities/{id}/members/add", Member(school.Id, gymnasiumOnly.Id)),
            "не работает в выбранной организации");
        await AssertRefusedAsync(await methodist.PostAsync($"/communities/{id}/members/add", Member(school.Id, staff[3].Id, "2026-01-01")),
            "вне периода работы");
        Assert.Equal(HttpStatusCode.Redirect, (await methodist.PostAsync($"/communities/{id}/members/add", Member(school.Id, staff[3].Id))).StatusCode);
        await AssertRefusedAsync(await methodist.PostAsync($"/communities/{id}/members/add", Member(school.Id, staff[3].Id, "2026-10-01")), "уже состоит");

        // A kind fixes its level; a regional community is owned by a regional organization.
        var wrong = await methodist.PostAsync("/communities/create", ("Kind", "SchoolAssociation"), ("Level", "Municipal"),
            ("OrganizationId", (await factory.OrganizationAsync("МАУ «ЦРО»")).Id.Id()), ("Title", "ШМО"), ("ActiveFrom", "2026-09-01"));
        await AssertRefusedAsync(wrong, "уровня «уровень организации»");
        var regional = await methodist.PostAsync("/communities/create", ("Kind", "Club"), ("Level", "Regional"),
            ("OrganizationId", (await factory.OrganizationAsync("МАУ «ЦРО»")).Id.Id()), ("Title", "Клуб"), ("ActiveFrom", "2026-09-01"));
        await AssertRefusedAsync(regional, "только у региональной организации");
        await using var db = factory.Db();
        Assert.Equal(1, await db.CommunityMemberships.CountAsync(m => m.CommunityId == id));
    }
}
