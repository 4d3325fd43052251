using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>Returning a submitted form: what to correct, required. Whether it may be returned is <see cref="MonitoringForm.Return"/>.</summary>
public sealed class ReturnFormInput
{
    public string? Comment { get; set; }
}

public sealed class ReturnFormInputValidator : AbstractValidator<ReturnFormInput>
{
    public ReturnFormInputValidator() =>
        RuleFor(f => f.Comment).NotEmpty().WithMessage("Укажите, что исправить: комментарий обязателен.").MaximumLength(2000)
            .WithMessage("Комментарий — не длиннее 2000 знаков.");
}

/// <summary>The coordinator returns a sent form to the organization with what to correct (<see cref="MonitoringForm.Return"/>).</summary>
public sealed class ReturnForm(PortalDbContext db, IValidator<ReturnFormInput> validator, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, ReturnFormInput input, uint? version, FormActor by, CancellationToken ct) =>
        await AcceptForm.ReviewAsync(db, id, version, await validator.ValidateAsync(input, ct), form => form.Return(input.Comment, clock.GetUtcNow(), by),
            "Форма возвращена организации с комментарием.", ct);
}
