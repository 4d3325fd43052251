using FluentValidation;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>Cancelling an ИОМ: the reason, required. Whether the route may still be cancelled is <c>RouteRules.CancelError</c>.</summary>
public sealed class CancelRouteForm
{
    public string? Reason { get; set; }
}

public sealed class CancelRouteValidator : AbstractValidator<CancelRouteForm>
{
    public CancelRouteValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Укажите причину отмены.").MaximumLength(1000).WithMessage("Причина — не длиннее 1000 символов.");
}
