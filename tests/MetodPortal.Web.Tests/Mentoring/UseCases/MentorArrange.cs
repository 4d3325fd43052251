using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Mentoring.UseCases;

/// <summary>The registry form for a current employee of the demo school not yet a mentor there, in the first two areas of the catalogue.</summary>
internal static class MentorArrange
{
    public static async Task<MentorForm> FormAsync(PortalFactory factory, int skip = 0)
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var educator = await db.Employments.Where(e => e.OrganizationId == school.Id && e.EndDate == null
                && !db.Mentors.Any(m => m.EducatorId == e.EducatorId && m.OrganizationId == school.Id))
            .OrderByDescending(e => e.Id).Skip(skip).Select(e => e.EducatorId).FirstAsync();
        var areas = await db.CompetenceAreas.Where(a => a.RegionId == school.RegionId).OrderBy(a => a.SortOrder).Select(a => a.Id).Take(2).ToListAsync();
        return new MentorForm { OrganizationId = school.Id, EducatorId = educator, CompetenceAreaIds = areas, MaxPairs = 3, Note = " опыт 20 лет " };
    }
}
