using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>The tutor cancels an item: the reason, required.</summary>
public sealed class CancelItemForm
{
    public string? Note { get; set; }
}

public sealed class CancelItemValidator : AbstractValidator<CancelItemForm>
{
    public CancelItemValidator() =>
        RuleFor(f => f.Note).NotEmpty().WithMessage("Укажите причину отмены пункта.").MaximumLength(1000).WithMessage("Текст — не длиннее 1000 символов.");
}

/// <summary>Cancelling an open ИОМ item (<see cref="IndividualRoute.CancelItem"/>); the item's state is checked before the reason.</summary>
public sealed class CancelRouteItem(PortalDbContext db, IValidator<CancelItemForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, int itemId, CancelItemForm form, CancellationToken ct)
    {
        var fields = await validator.ValidateAsync(form, ct);
        return await RouteStep.TakeAsync(db, id, itemId,
            (route, item) => RouteRules.CancelItemError(route, item, form.Note) ?? fields.Errors.FirstOrDefault()?.ErrorMessage
                ?? route.CancelItem(item, form.Note),
            _ => "Пункт отменён.", ct);
    }
}
