using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>Cancelling an ИОМ: the reason, required. Whether the route may still be cancelled is <see cref="RouteRules.CancelError"/>.</summary>
public sealed class CancelRouteForm
{
    public string? Reason { get; set; }
}

public sealed class CancelRouteValidator : AbstractValidator<CancelRouteForm>
{
    public CancelRouteValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Укажите причину отмены.").MaximumLength(1000).WithMessage("Причина — не длиннее 1000 символов.");
}

/// <summary>Cancelling an open ИОМ with a reason (<see cref="IndividualRoute.Cancel"/>): an invalid reason comes back to the form.</summary>
public sealed class CancelRoute(PortalDbContext db, IValidator<CancelRouteForm> validator, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, CancelRouteForm form, CancellationToken ct)
    {
        var fields = await validator.ValidateAsync(form, ct);
        return fields.IsValid
            ? await RouteStep.TakeAsync(db, id, route => route.Cancel(clock.Today(), form.Reason), "ИОМ отменён.", ct)
            : await db.Routes.AnyAsync(r => r.Id == id, ct) ? Outcome.Invalid(fields) : Outcome.NotFound;
    }
}
