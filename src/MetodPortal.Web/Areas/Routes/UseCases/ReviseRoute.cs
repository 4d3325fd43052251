using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>
/// Changing a draft ИОМ's header (<see cref="IndividualRoute.Revise"/>): whose it is and its diagnostic stay; a page
/// shown before someone else's change is refused by the route's version.
/// </summary>
public sealed class ReviseRoute(PortalDbContext db, IValidator<RouteForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, RouteForm form, CancellationToken ct)
    {
        var route = await RouteStep.LoadAsync(db, id, ct);
        if (route is null)
        {
            return Outcome.NotFound;
        }

        if (RouteRules.EditError(route) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        (form.EducatorId, form.DiagnosticId) = (route.EducatorId, route.DiagnosticId);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        db.ExpectVersion(route, form.Version);
        route.Revise(form.ToHeader());
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены.", id);
    }
}
