using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Staff;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.IntegrationTests.Seeding;

/// <summary>Demo staff a reviewer believes: categories as attestation gives them, dated after the first two years of work; careers that
/// began at twenty or later and led through more than one school.</summary>
public sealed class DemoStaffTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task No_one_holds_a_category_in_the_first_two_years_nor_the_highest_before_five()
    {
        await using var db = PortalData.CreateContext(database.ConnectionString, CurrentUser.System);
        var staff = await db.Educators.AsNoTracking().Where(e => e.ProfessionStartDate != null)
            .Select(e => new { e.FullName, Start = e.ProfessionStartDate!.Value, e.Category, e.CategoryDate }).ToListAsync();
        var seeded = new DateOnly(2026, 9, 1); // the demo staff's reference date (DemoStaff)

        Assert.True(staff.Count > 100);
        Assert.Empty(staff.Where(e => e.Start > seeded.AddYears(-2) && e.Category != QualificationCategory.None).Select(e => e.FullName));
        Assert.Empty(staff.Where(e => e.Start > seeded.AddYears(-5) && e.Category == QualificationCategory.Highest).Select(e => e.FullName));
        Assert.Empty(staff.Where(e => e.CategoryDate is { } on && on < e.Start.AddYears(2)).Select(e => e.FullName));
        Assert.Contains(staff, e => e.Start > seeded.AddYears(-2));
    }

    [Fact]
    public async Task Careers_begin_after_twenty_and_the_experienced_came_to_their_school_in_different_years()
    {
        await using var db = PortalData.CreateContext(database.ConnectionString, CurrentUser.System);
        var jobs = await db.Employments.AsNoTracking().Where(x => x.IsMain && x.StartDate != null && x.Educator!.ProfessionStartDate != null)
            .Select(x => new { x.Educator!.FullName, x.Educator.BirthDate, Start = x.Educator.ProfessionStartDate!.Value, Hired = x.StartDate!.Value })
            .ToListAsync();
        var seeded = new DateOnly(2026, 9, 1);
        var experienced = jobs.Where(x => x.Start < seeded.AddYears(-10)).ToList();

        Assert.Empty(jobs.Where(x => x.Hired < x.Start).Select(x => x.FullName));
        Assert.Empty(jobs.Where(x => x.Start < x.BirthDate.AddYears(19)).Select(x => x.FullName));
        Assert.True(experienced.Count(x => x.Hired > x.Start) > experienced.Count / 2, "most experienced staff came to their school later in their career");
        Assert.True(experienced.Select(x => x.Hired.Year).Distinct().Count() >= 10, "they came in different years");
    }
}
