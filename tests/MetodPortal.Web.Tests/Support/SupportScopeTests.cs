using System.Net;
using MetodPortal.Domain.Communities;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Support;

/// <summary>
/// Every by-id route of the forms of support answers 404 (or 403) for another municipality's records — a pair, a
/// programme, a community and its members, a ДПП completion, an event's participations, a site — and changes nothing.
/// </summary>
public sealed class SupportScopeTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private int _program;
    private int _pair;
    private int _community;
    private int _member;
    private int _completion;
    private int _event;
    private int _participation;
    private int _site;
    private int _kmsSchool;
    private int _kmsTeacher;

    public async Task InitializeAsync()
    {
        // Records of Комсомольск-на-Амуре (KMS) from the demo data.
        await using var db = factory.Db();
        var pair = await db.MentoringPairs.Where(p => p.Program!.Organization!.Municipality!.Code == "KMS" && p.MenteeId != null).OrderBy(p => p.Id).FirstAsync();
        (_program, _pair) = (pair.ProgramId, pair.Id);
        var community = await db.Communities.Where(c => c.Municipality!.Code == "KMS" && c.Level == SupportLevel.Municipal).OrderBy(c => c.Id).FirstAsync();
        _community = community.Id;
        _member = await db.CommunityMemberships.Where(m => m.CommunityId == community.Id).Select(m => m.Id).FirstAsync();
        _completion = await db.ProgramCompletions.Where(c => c.Organization!.Municipality!.Code == "KMS").Select(c => c.Id).FirstAsync();
        var participation = await db.EventParticipations.Where(p => p.Event!.Municipality!.Code == "KMS" && p.Organization!.Municipality!.Code == "KMS")
            .OrderBy(p => p.Id).FirstAsync();
        (_event, _participation) = (participation.EventId, participation.Id);
        _site = await db.OrganizationStatuses.Where(s => s.Organization!.Municipality!.Code == "KMS").Select(s => s.Id).FirstAsync();
        var kms = await factory.OrganizationAsync(Seeded.KmsSchool);
        _kmsSchool = kms.Id;
        _kmsTeacher = (await factory.StaffOfAsync(Seeded.KmsSchool))[3].Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> StateAsync()
    {
        await using var db = factory.Db();
        return string.Join(",", await db.MentoringPrograms.CountAsync(), await db.MentoringPairs.CountAsync(), await db.MentoringPairs.Where(p => p.Id == _pair).Select(p => p.Status + p.PeriodTo.ToString()).SingleAsync(),
            await db.Communities.CountAsync(), await db.CommunityMemberships.CountAsync(), await db.Communities.Where(c => c.Id == _community).Select(c => c.Title).SingleAsync(),
            await db.ProgramCompletions.CountAsync(), await db.MethodicalEvents.CountAsync(), await db.EventParticipations.CountAsync(),
            await db.MethodicalEvents.Where(e => e.Id == _event).Select(e => e.Title).SingleAsync(), await db.OrganizationStatuses.CountAsync(),
            await db.OrganizationStatuses.Where(s => s.Id == _site).Select(s => s.Theme).SingleAsync());
    }

    private string[] Gets() =>
    [
        $"/mentoring/{_program}", $"/mentoring/{_program}/edit", $"/mentoring/{_program}/delete", $"/mentoring/{_program}/pairs/create",
        $"/mentoring/pairs/{_pair}/edit", $"/mentoring/pairs/{_pair}/close", $"/mentoring/pairs/{_pair}/delete",
        $"/communities/{_community}", $"/communities/{_community}/edit", $"/communities/{_community}/delete", $"/communities/{_community}/members/add",
        $"/communities/{_community}/members/{_member}/edit",
        $"/programs/completions/add?educatorId={_kmsTeacher}", $"/events/{_event}/edit", $"/events/{_event}/delete",
        $"/sites/{_site}/edit", $"/sites/{_site}/delete", $"/programs/completions/import?organizationId={_kmsSchool}",
        $"/events/{_event}/participants/add?organizationId={_kmsSchool}",
    ];

    private (string Url, (string, string)[] Fields)[] Posts() =>
    [
        ($"/mentoring/{_program}/edit", [("Title", "чужая"), ("PeriodFrom", "2025-01-01"), ("PeriodTo", "2027-12-31")]), ($"/mentoring/{_program}/delete", []),
        ($"/mentoring/{_program}/pairs/create", [("Kind", "StudentToTeacher"), ("MentorId", _kmsTeacher.Id()), ("StudentName", "чужой"), ("PeriodFrom", "2026-10-01"), ("PeriodTo", "2026-12-01")]),
        ($"/mentoring/pairs/{_pair}/edit", [("Kind", "TeacherToTeacher"), ("MentorId", _kmsTeacher.Id()), ("PeriodFrom", "2026-10-01"), ("PeriodTo", "2026-12-01")]),
        ($"/mentoring/pairs/{_pair}/close", [("Status", "Terminated"), ("ClosedOn", "2026-11-01"), ("Result", "чужой")]), ($"/mentoring/pairs/{_pair}/delete", []),
        ("/mentoring/create", [("OrganizationId", _kmsSchool.Id()), ("Title", "чужая"), ("PeriodFrom", "2026-09-01"), ("PeriodTo", "2027-08-31")]),
        ($"/communities/{_community}/edit", [("Kind", "CityAssociation"), ("Level", "Municipal"), ("Title", "чужое"), ("ActiveFrom", "2025-09-01")]),
        ($"/communities/{_community}/delete", []),
        ($"/communities/{_community}/members/add", [("OrganizationId", _kmsSchool.Id()), ("EducatorId", _kmsTeacher.Id()), ("From", "2026-10-01")]),
        ($"/communities/{_community}/members/{_member}/edit", [("Role", "Leader"), ("From", "2025-10-01")]),
        ($"/communities/{_community}/members/{_member}/delete", []),
        ("/programs/completions/add", [("EducatorId", _kmsTeacher.Id()), ("OrganizationId", _kmsSchool.Id()), ("ProgramId", "1"), ("CompletedOn", "2026-05-01")]),
        ($"/programs/completions/{_completion}/delete", []),
        ($"/events/{_event}/edit", [("Title", "чужое"), ("Kind", "Seminar"), ("Level", "Municipal"), ("StartsOn", "2026-05-20"), ("Place", "x")]),
        ($"/events/{_event}/delete", []), ($"/events/{_event}/participants/{_participation}/delete", []),
        ($"/events/{_event}/participants/add", [("OrganizationId", _kmsSchool.Id()), ("EducatorId", _kmsTeacher.Id())]),
        ($"/sites/{_site}/edit", [("Kind", "InternshipSite"), ("Level", "Municipal"), ("Theme", "чужая"), ("OrderNumber", "1"), ("OrderDate", "2026-01-01"), ("ValidFrom", "2026-01-01")]),
        ($"/sites/{_site}/delete", []),
        ("/sites/create", [("OrganizationId", _kmsSchool.Id()), ("Kind", "InternshipSite"), ("Level", "Municipal"), ("Theme", "чужая"), ("OrderNumber", "1"), ("OrderDate", "2026-01-01"), ("ValidFrom", "2026-01-01")]),
    ];

    [Theory]
    [InlineData("methodist@demo.local")]
    [InlineData("coordinator@demo.local")]
    [InlineData("school@demo.local")]
    [InlineData("teacher@demo.local")]
    public async Task AnotherMunicipalitysSupportRecordsAreNotFoundAndUntouched(string email)
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
            var response = await client.PostAsync(url, fields);
            var status = response.StatusCode;

            // A create form naming another municipality's organization is refused by validation (200 with errors) or not found.
            var refused = status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
                || (status == HttpStatusCode.OK && url.EndsWith("create", StringComparison.Ordinal) && (await response.Content.ReadAsStringAsync()).Contains("validation-summary", StringComparison.Ordinal));
            Assert.True(refused, $"POST {url} as {email}: {(int)status}");
        }

        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task TheNavigatorIsRegionWideButAnotherMunicipalitysParticipantsAreHidden()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");

        var card = await methodist.GetPageAsync($"/events/{_event}");
        Assert.Null(card.QuerySelector("#participants"));
        Assert.Null(card.QuerySelector("a[href$='/edit']"));

        using var regional = await factory.LoginAsync("cnppm@demo.local");
        var seen = await regional.GetPageAsync($"/events/{_event}");
        Assert.NotEmpty(seen.QuerySelectorAll("#participants tbody tr"));
        Assert.Equal(HttpStatusCode.OK, (await regional.GetAsync($"/communities/{_community}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regional.GetAsync($"/mentoring/{_program}")).StatusCode);
    }
}
