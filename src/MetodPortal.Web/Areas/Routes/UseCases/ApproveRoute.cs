using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>
/// Approving an ИОМ (<see cref="Domain.Routes.IndividualRoute.Approve"/>): an educator with an account then sees it under «Мои ИОМ»; one without
/// gets it on paper, and the message says so.
/// </summary>
public sealed class ApproveRoute(PortalDbContext db, TimeProvider clock)
{
    /// <param name="userId">Who approves: recorded on the route.</param>
    public async Task<Outcome> HandleAsync(int id, int? userId, CancellationToken ct)
    {
        var signsIn = await db.Routes.Where(r => r.Id == id).AnyAsync(r => db.Users.Any(u => u.EducatorId == r.EducatorId), ct);
        return await RouteStep.TakeAsync(db, id, route => route.Approve(clock.Today(), userId), signsIn
            ? "ИОМ утверждён. Педагог видит его в разделе «Мои ИОМ»."
            : "ИОМ утверждён. У педагога нет учётной записи портала: передайте ему ИОМ в PDF.", ct);
    }
}
