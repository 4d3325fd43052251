using FluentValidation;
using MetodPortal.Domain.Monitoring;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>The coordinator's or ministry's edit of a recommendation: its text and status.</summary>
public sealed class RecommendationForm
{
    public string? Text { get; set; }
    public RecommendationStatus? Status { get; set; }
}

public sealed class RecommendationFormValidator : AbstractValidator<RecommendationForm>
{
    public RecommendationFormValidator()
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage("Укажите текст рекомендации.").MaximumLength(4000).WithMessage("Текст — не длиннее 4000 знаков.");
        RuleFor(f => f.Status).NotNull().WithMessage("Выберите статус.").IsInEnum().WithMessage("Выберите статус.");
    }
}
