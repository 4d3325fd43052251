using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>Reopening an accepted form: the reason, required. Whether it may be reopened is <see cref="MonitoringForm.Reopen"/>.</summary>
public sealed class ReopenFormInput
{
    public string? Comment { get; set; }
}

public sealed class ReopenFormInputValidator : AbstractValidator<ReopenFormInput>
{
    public ReopenFormInputValidator() =>
        RuleFor(f => f.Comment).NotEmpty().WithMessage("Укажите причину.").MaximumLength(2000).WithMessage("Комментарий — не длиннее 2000 знаков.");
}

/// <summary>The coordinator reopens an accepted form with the reason, so that the organization may correct and send it again (<see
/// cref="MonitoringForm.Reopen"/>).</summary>
public sealed class ReopenForm(PortalDbContext db, IValidator<ReopenFormInput> validator, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, ReopenFormInput input, uint? version, FormActor by, CancellationToken ct) =>
        await AcceptForm.ReviewAsync(db, id, version, await validator.ValidateAsync(input, ct), form => form.Reopen(input.Comment, clock.GetUtcNow(), by),
            "Форма открыта заново: организация может её исправить и отправить.", ct);
}
