using System.Net;
using MetodPortal.Web.Areas.Communities.UseCases;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Communities.UseCases;

public sealed class AddCommunityMembersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Ticked_staff_join_together_and_one_already_in_refuses_them_all_with_the_error_at_that_name()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        await CommunityArrange.MemberAsync(factory, community, 1);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var staff = await factory.StaffOfAsync(Seeded.KhvSchool);
        using var methodist = await factory.LoginAsync(CommunityArrange.Methodist);
        var page = $"/communities/{community.Id}/members/bulk?organizationId={school.Id}";

        var offered = await methodist.GetPageAsync(page);
        Assert.True(offered.QuerySelector($"#pick-{staff[1].Id}")!.HasAttribute("disabled"));
        Assert.False(offered.QuerySelector($"#pick-{staff[2].Id}")!.HasAttribute("disabled"));

        var refused = await methodist.PostAsync($"/communities/{community.Id}/members/bulk",
            Ticked(school.Id, staff[2].Id, staff[1].Id, staff[3].Id), page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var again = await PortalClient.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Педагог уже состоит в сообществе в этот период.", again.QuerySelector($"#pick-{staff[1].Id}-error")!.TextContent.Trim());
        Assert.Null(again.QuerySelector($"#pick-{staff[2].Id}-error"));
        Assert.True(again.QuerySelector($"#pick-{staff[2].Id}")!.HasAttribute("checked"));
        Assert.Equal(1, await CommunityArrange.MembersAsync(factory, community.Id));

        var added = await methodist.PostAsync($"/communities/{community.Id}/members/bulk", Ticked(school.Id, staff[2].Id, staff[3].Id), page);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(3, await CommunityArrange.MembersAsync(factory, community.Id));
        Assert.Contains("добавлено: 2 участника", (await methodist.GetPageAsync($"/communities/{community.Id}")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_ticked_or_a_shared_field_missing_is_said_once_and_adds_nobody()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var staff = await factory.StaffOfAsync(Seeded.KhvSchool);
        using var methodist = await factory.LoginAsync(CommunityArrange.Methodist);
        var page = $"/communities/{community.Id}/members/bulk?organizationId={school.Id}";

        var none = await PortalClient.ParseAsync(await (await methodist.PostAsync($"/communities/{community.Id}/members/bulk",
            [new("OrganizationId", $"{school.Id}"), new("From", "2026-10-01")], page)).Content.ReadAsStringAsync());
        Assert.Contains("Отметьте хотя бы одного педагога.", none.QuerySelector("#validation-summary")!.TextContent, StringComparison.Ordinal);

        var fields = Ticked(school.Id, staff[4].Id, staff[5].Id).Where(f => f.Key != "From");
        var noDate = await PortalClient.ParseAsync(await (await methodist.PostAsync($"/communities/{community.Id}/members/bulk", fields, page))
            .Content.ReadAsStringAsync());
        Assert.Equal(["Укажите дату вступления."], noDate.QuerySelectorAll("#validation-summary li").Select(li => li.TextContent).ToArray());
        Assert.Equal(0, await CommunityArrange.MembersAsync(factory, community.Id));
    }

    [Fact]
    public async Task An_Excel_file_with_one_bad_row_adds_nobody_and_the_corrected_file_adds_everyone()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var staff = await factory.StaffOfAsync(Seeded.KhvSchool);
        using var methodist = await factory.LoginAsync(CommunityArrange.Methodist);
        var page = $"/communities/{community.Id}/members/bulk?organizationId={school.Id}";
        object?[] Row(int i, string role) => [null, staff[i].LastName, staff[i].FirstName, staff[i].MiddleName, staff[i].BirthDate, role,
            new DateOnly(2026, 10, 1), null];

        var bad = StaffFiles.Xlsx([Row(6, "руководитель"), Row(7, "староста"), Row(6, "участник")], AddCommunityMembers.Columns);
        var refused = await methodist.PostFileAsync(page, $"/communities/{community.Id}/members/bulk/import", bad, ("organizationId", $"{school.Id}"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = (await PortalClient.ParseAsync(await refused.Content.ReadAsStringAsync())).QuerySelectorAll("#error-table tbody tr")
            .Select(r => r.TextContent).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("3", StringComparison.Ordinal) && e.Contains("Роль «староста» не подходит", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("4", StringComparison.Ordinal) && e.Contains("уже есть в строке 2", StringComparison.Ordinal));
        Assert.Equal(0, await CommunityArrange.MembersAsync(factory, community.Id));

        var good = StaffFiles.Xlsx([Row(6, "руководитель"), Row(7, "Участник")], AddCommunityMembers.Columns);
        var loaded = await methodist.PostFileAsync(page, $"/communities/{community.Id}/members/bulk/import", good, ("organizationId", $"{school.Id}"));
        Assert.Equal(HttpStatusCode.Redirect, loaded.StatusCode);
        Assert.Equal(2, await CommunityArrange.MembersAsync(factory, community.Id));
    }

    private static List<KeyValuePair<string, string>> Ticked(int organizationId, params int[] educatorIds) =>
    [
        new("OrganizationId", $"{organizationId}"), new("Role", "Member"), new("From", "2026-10-01"),
        .. educatorIds.Select(id => new KeyValuePair<string, string>("EducatorIds", $"{id}")),
    ];
}
