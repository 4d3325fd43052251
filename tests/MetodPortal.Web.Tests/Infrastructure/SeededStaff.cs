using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Infrastructure;

public static class SeededStaff
{
    /// <summary>The people currently employed at a demo organization, in a stable order.</summary>
    public static async Task<List<Educator>> StaffOfAsync(this PortalFactory factory, string shortName)
    {
        await using var db = factory.Db();
        return await db.Employments.AsNoTracking().Where(e => e.Organization!.ShortName == shortName && e.EndDate == null)
            .OrderBy(e => e.Id).Select(e => e.Educator!).ToListAsync();
    }
}
