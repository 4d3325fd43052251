using FluentValidation;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>Returning a submitted form: what to correct, required. Whether it may be returned is <c>FormRules.ReturnError</c>.</summary>
public sealed class ReturnFormInput
{
    public string? Comment { get; set; }
}

/// <summary>Reopening an accepted form: the reason, required. Whether it may be reopened is <c>FormRules.ReopenError</c>.</summary>
public sealed class ReopenFormInput
{
    public string? Comment { get; set; }
}

public sealed class ReturnFormInputValidator : AbstractValidator<ReturnFormInput>
{
    public ReturnFormInputValidator() =>
        RuleFor(f => f.Comment).NotEmpty().WithMessage("Укажите, что исправить: комментарий обязателен.").MaximumLength(2000).WithMessage("Комментарий — не длиннее 2000 знаков.");
}

public sealed class ReopenFormInputValidator : AbstractValidator<ReopenFormInput>
{
    public ReopenFormInputValidator() =>
        RuleFor(f => f.Comment).NotEmpty().WithMessage("Укажите причину.").MaximumLength(2000).WithMessage("Комментарий — не длиннее 2000 знаков.");
}
