using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

/// <summary>The coordinator or the ministry rewords a recommendation or moves it on (в работе, выполнена); an edited one is kept when
/// recommendations are generated again.</summary>
public sealed class EditRecommendation(PortalDbContext db, IValidator<RecommendationForm> validator, TimeProvider clock)
{
    /// <returns>Done with the campaign's id: its recommendations are where the user goes next.</returns>
    public async Task<Outcome> HandleAsync(int id, RecommendationForm form, CancellationToken ct)
    {
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (recommendation is null)
        {
            return Outcome.NotFound;
        }

        form.Text = form.Text?.Trim();
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        (recommendation.Text, recommendation.Status, recommendation.ChangedAt) = (form.Text!, form.Status!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Рекомендация сохранена.", recommendation.CampaignId);
    }
}
