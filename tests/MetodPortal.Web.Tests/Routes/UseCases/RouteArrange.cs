using MetodPortal.Domain.Routes;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Routes.UseCases;

/// <summary>An ИОМ of a school's teacher in a given state, for the lifecycle's use cases; a clock stopped on a day.</summary>
internal static class RouteArrange
{
    public static readonly DateOnly Today = new(2026, 11, 20);

    public static TimeProvider Clock { get; } = new StoppedClock(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero));

    /// <param name="items">The items' statuses; each item's deadline lies inside the period.</param>
    public static Task<int> RouteAsync(PortalFactory factory, RouteStatus status, int? tutorUserId, params RouteItemStatus[] items) =>
        RouteAsync(factory, status, tutorUserId, null, items);

    /// <param name="withAccount">Whether the educator signs in to the portal; either when null.</param>
    public static async Task<int> RouteAsync(PortalFactory factory, RouteStatus status, int? tutorUserId, bool? withAccount, params RouteItemStatus[] items)
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var educatorId = await db.Employments.Where(e => e.OrganizationId == school.Id && e.EndDate == null)
            .Where(e => withAccount == null || db.Users.Any(u => u.EducatorId == e.EducatorId) == withAccount)
            .OrderBy(e => e.Id).Select(e => e.EducatorId).FirstAsync();
        var route = new IndividualRoute
        {
            RegionId = school.RegionId, OrganizationId = school.Id, EducatorId = educatorId, TutorUserId = tutorUserId, Status = status,
            PeriodFrom = new DateOnly(2026, 9, 1), PeriodTo = new DateOnly(2027, 6, 30), CreatedAt = DateTimeOffset.UtcNow,
            ApprovedOn = status == RouteStatus.Draft ? null : new DateOnly(2026, 9, 5),
        };
        db.Routes.Add(route);
        foreach (var item in items)
        {
            route.Add(new RouteItem { Goal = $"Цель {route.Items.Count + 1}", Form = ActivityForm.Courses, Deadline = new DateOnly(2027, 3, 1),
                Status = item });
        }

        await db.SaveChangesAsync();
        return route.Id;
    }

    public static async Task<IndividualRoute> ReloadAsync(PortalFactory factory, int id)
    {
        await using var db = factory.Db();
        return await db.Routes.AsNoTracking().Include(r => r.Items).SingleAsync(r => r.Id == id);
    }

    /// <summary>The route's items in their order.</summary>
    public static async Task<List<int>> ItemIdsAsync(PortalFactory factory,
        int id) => [.. (await ReloadAsync(factory, id)).Items.OrderBy(i => i.SortOrder).Select(i => i.Id)];

    public static async Task<int> UserIdAsync(PortalFactory factory, string email)
    {
        await using var db = factory.Db();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
