using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Staff;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.IntegrationTests.Seeding;

/// <summary>Demo staff a reviewer believes: categories as attestation gives them, dated after the first two years of work.</summary>
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
}
