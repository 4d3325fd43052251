using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>The tutor confirms an item: a comment, or for an item not reported the evidence, optional.</summary>
public sealed class ConfirmItemForm
{
    public string? Note { get; set; }
}

public sealed class ConfirmItemValidator : AbstractValidator<ConfirmItemForm>
{
    public ConfirmItemValidator() => RuleFor(f => f.Note).MaximumLength(2000).WithMessage("Текст — не длиннее 2000 символов.");
}

/// <summary>Confirming an ИОМ item done (<see cref="IndividualRoute.ConfirmItem"/>), on the day, by the tutor; says when the route may now be
/// completed.</summary>
public sealed class ConfirmRouteItem(PortalDbContext db, IValidator<ConfirmItemForm> validator, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, int itemId, ConfirmItemForm form, int? userId, CancellationToken ct)
    {
        var fields = await validator.ValidateAsync(form, ct);
        return await RouteStep.TakeAsync(db, id, itemId,
            (route, item) => RouteRules.ConfirmError(route, item, form.Note) ?? fields.Errors.FirstOrDefault()?.ErrorMessage
                ?? route.ConfirmItem(item, form.Note, clock.Today(), userId),
            route => route.AllItemsClosed ? "Выполнение подтверждено. Все пункты закрыты — ИОМ можно завершить." : "Выполнение подтверждено.", ct);
    }
}
