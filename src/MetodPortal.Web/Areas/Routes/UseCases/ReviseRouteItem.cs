using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>Changing an item of a draft ИОМ (<see cref="IndividualRoute.ReviseItem"/>) by the rules of <see cref="RouteItemValidator"/>.</summary>
public sealed class ReviseRouteItem(PortalDbContext db, IValidator<RouteItemForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, int itemId, RouteItemForm form, CancellationToken ct)
    {
        var route = await RouteStep.LoadAsync(db, id, ct);
        var item = route?.Items.FirstOrDefault(i => i.Id == itemId);
        if (route is null || item is null)
        {
            return Outcome.NotFound;
        }

        if (RouteRules.EditError(route) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        form.Period = (route.PeriodFrom, route.PeriodTo);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        route.ReviseItem(item, form.ToPlan());
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Пункт изменён.");
    }
}
