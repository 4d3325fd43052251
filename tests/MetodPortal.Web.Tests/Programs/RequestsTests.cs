using System.Net;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs;

/// <summary>The requests for ДПП through the pages: each user sees the requests of their scope (a teacher their own), counted the same way
/// an independent SQL count does; another municipality's request is not theirs to withdraw or answer.</summary>
public sealed class RequestsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_list_holds_the_scopes_requests_and_the_summary_counts_their_people()
    {
        await using var db = factory.Db();
        var khv = await db.ProgramRequests.Where(r => r.Organization!.Municipality!.Code == "KHV").Select(r => r.Id).ToListAsync();
        var peopleByArea = await db.Database.SqlQueryRaw<int>(
            """
            SELECT coalesce(sum(r.people), 0)::int AS "Value" FROM program_requests r JOIN organizations o ON o.id = r.organization_id
            JOIN municipalities m ON m.id = o.municipality_id WHERE m.code = 'KHV'
            """).SingleAsync();
        using var methodist = await factory.LoginAsync("methodist@demo.local");

        var page = await methodist.GetPageAsync("/programs/requests");

        Assert.Equal(khv.Order(), page.QuerySelectorAll("#requests tbody tr").Select(r => int.Parse(r.GetAttribute("data-id")!)).Order());
        Assert.Equal(peopleByArea, page.QuerySelectorAll("#by-area tbody tr").Sum(r => int.Parse(r.Children[2].TextContent)));
        Assert.DoesNotContain("МОУ СОШ № 31", page.QuerySelector("#requests")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_sees_only_their_own_requests_and_files_one()
    {
        using var teacher = await factory.LoginAsync("teacher@demo.local");
        await using var db = factory.Db();
        var area = await db.CompetenceAreas.Where(a => a.IsActive).OrderBy(a => a.SortOrder).Select(a => a.Id).FirstAsync();
        var school = (await factory.OrganizationAsync(Seeded.KhvSchool)).Id;

        var filed = await teacher.PostAsync("/programs/requests/create", ("OrganizationId", school.ToString()), ("CompetenceAreaId", area.ToString()),
            ("Topic", "Работа с одарёнными детьми"), ("People", "1"));
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);

        var own = await db.ProgramRequests.Where(r => r.FiledByUserId == db.Users.Single(u => u.Email == "teacher@demo.local").Id)
            .Select(r => r.Id).ToListAsync();
        var rows = (await teacher.GetPageAsync("/programs/requests")).QuerySelectorAll("#requests tbody tr").Select(r => int.Parse(r.GetAttribute("data-id")!));
        Assert.Equal(own.Order(), rows.Order());
        Assert.True(own.Count >= 2);
    }

    [Fact]
    public async Task Another_municipalitys_request_is_not_found_and_only_the_centre_answers()
    {
        await using var db = factory.Db();
        var kms = await db.ProgramRequests.Where(r => r.Organization!.Municipality!.Code == "KMS" && r.Status == RequestStatus.Open)
            .Select(r => r.Id).FirstAsync();
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        using var cnppm = await factory.LoginAsync("cnppm@demo.local");

        Assert.Equal(HttpStatusCode.NotFound, (await methodist.PostAsync($"/programs/requests/{kms}/withdraw")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await methodist.GetAsync($"/programs/requests/{kms}/answer")).StatusCode);
        Assert.NotNull((await cnppm.GetPageAsync($"/programs/requests/{kms}/answer")).QuerySelector("input[name='Status']"));
        Assert.Equal(RequestStatus.Open, (await db.ProgramRequests.AsNoTracking().SingleAsync(r => r.Id == kms)).Status);
    }
}
