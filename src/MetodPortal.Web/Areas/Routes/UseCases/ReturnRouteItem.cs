using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>The tutor returns a reported item: what to finish, required.</summary>
public sealed class ReturnItemForm
{
    public string? Note { get; set; }
}

public sealed class ReturnItemValidator : AbstractValidator<ReturnItemForm>
{
    public ReturnItemValidator() =>
        RuleFor(f => f.Note).NotEmpty().WithMessage("Напишите педагогу, что нужно доделать.").MaximumLength(1000)
            .WithMessage("Текст — не длиннее 1000 символов.");
}

/// <summary>Returning an ИОМ item to the educator (<see cref="IndividualRoute.ReturnItem"/>); the item's state is checked before the note.</summary>
public sealed class ReturnRouteItem(PortalDbContext db, IValidator<ReturnItemForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, int itemId, ReturnItemForm form, CancellationToken ct)
    {
        var fields = await validator.ValidateAsync(form, ct);
        return await RouteStep.TakeAsync(db, id, itemId,
            (route, item) => RouteRules.ReturnItemError(route, item, form.Note) ?? fields.Errors.FirstOrDefault()?.ErrorMessage
                ?? route.ReturnItem(item, form.Note),
            _ => "Пункт возвращён педагогу на доработку.", ct);
    }
}
