using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.IntegrationTests.Seeding;

/// <summary>
/// The demo data gives every one of the nine indicators (docs/indicators.md) a value strictly between 0 and 100 % in both
/// demo municipalities for 2026, counted here from the registry the way the indicators count.
/// </summary>
public sealed class DemoSupportTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 12, 31);

    [Theory]
    [InlineData("KHV")]
    [InlineData("KMS")]
    public async Task EveryIndicatorHasANonTrivialValueForTheDemoMunicipality(string code)
    {
        await using var db = PortalData.CreateContext(database.ConnectionString, CurrentUser.System);
        var municipality = await db.Municipalities.SingleAsync(m => m.Code == code);
        var educators = await db.Employments.Where(e => e.Organization!.MunicipalityId == municipality.Id
            && e.Organization.Level == OrganizationLevel.Institutional)
            .Select(e => e.Educator!).Distinct().ToListAsync();
        var ids = educators.Select(e => e.Id).ToHashSet();
        var young = educators.Where(e => e.IsYoung(To)).Select(e => e.Id).ToHashSet();
        var newcomers = educators.Where(e => e.IsYoung(To) && e.IsInFirstYears(To)).Select(e => e.Id).ToHashSet();
        var heads = educators.Where(e => e.IsHead).Select(e => e.Id).ToHashSet();

        var diagnosed = (await db.Diagnostics.Where(d => d.Date >= From && d.Date <= To).Select(d => d.EducatorId).ToListAsync()).ToHashSet();
        var routed = (await db.Routes.Where(r => r.DiagnosticId != null && r.ApprovedOn >= From
            && r.ApprovedOn <= To).Select(r => r.EducatorId).ToListAsync()).ToHashSet();
        var paired = (await db.MentoringPairs.Where(p => p.PeriodFrom <= To && (p.ClosedOn ?? p.PeriodTo) >= From)
            .Select(p => new { p.MentorId, p.MenteeId }).ToListAsync()).SelectMany(p => new[] { p.MentorId, p.MenteeId ?? 0 }).ToHashSet();
        var mentees = (await db.MentoringPairs.Where(p => p.PeriodFrom <= To && (p.ClosedOn ?? p.PeriodTo) >= From && p.MenteeId != null)
            .Select(p => p.MenteeId!.Value).ToListAsync()).ToHashSet();
        var youngEvents = (await db.EventParticipations.Where(p => p.Event!.ForYoungTeachers && p.Event.StartsOn >= From && p.Event.StartsOn <= To)
            .Select(p => p.EducatorId).ToListAsync()).ToHashSet();
        var members = (await db.CommunityMemberships.Where(m => m.From <= To
            && (m.To == null || m.To >= From)).Select(m => m.EducatorId).ToListAsync()).ToHashSet();
        var courses = (await db.ProgramCompletions.Where(c => c.CompletedOn >= From
            && c.CompletedOn <= To).Select(c => c.EducatorId).ToListAsync()).ToHashSet();
        var organizations = await db.Organizations.Where(o => o.MunicipalityId == municipality.Id
            && o.Level == OrganizationLevel.Institutional).Select(o => o.Id).ToListAsync();
        var withProgramme = await db.MentoringPrograms.Where(p => p.PeriodFrom <= To
            && p.PeriodTo >= From).Select(p => p.OrganizationId).Distinct().ToListAsync();

        var indicators = new (string Name, int Part, int Whole)[]
        {
            ("1 diagnosed", ids.Count(diagnosed.Contains), ids.Count),
            ("2 routes", ids.Count(routed.Contains), ids.Count),
            ("3 newcomers supported",
                newcomers.Count(e => mentees.Contains(e) || routed.Contains(e) || youngEvents.Contains(e) || members.Contains(e)), newcomers.Count),
            ("4 young in events", young.Count(youngEvents.Contains), young.Count),
            ("5 heads trained", heads.Count(courses.Contains), heads.Count),
            ("6 heads highest", educators.Count(e => e.IsHead && e.Category == QualificationCategory.Highest), heads.Count),
            ("7 organizations", organizations.Count(withProgramme.Contains), organizations.Count),
            ("8 mentoring", ids.Count(paired.Contains), ids.Count),
            ("9 communities", ids.Count(members.Contains), ids.Count),
        };

        Assert.All(indicators, i => Assert.True(i.Part > 0 && i.Part < i.Whole, $"{code} indicator {i.Name}: {i.Part} of {i.Whole}"));
        Assert.Contains(await db.MentoringPairs.Select(p => p.Status).Distinct().ToListAsync(), s => s == PairStatus.Completed);
    }
}
