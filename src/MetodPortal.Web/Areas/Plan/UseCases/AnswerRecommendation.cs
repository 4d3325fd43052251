using MetodPortal.Data;
using MetodPortal.Domain.Scoping;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

public sealed class RecommendationAnswerForm
{
    public string Answer { get; set; } = "";
    public DateOnly? AnsweredOn { get; set; }
}

/// <summary>
/// The addressee of a recommendation — the organization's administrator, or the municipality's coordinator for a municipality's — answers what was
/// done and when; the answer can be corrected.
/// </summary>
public sealed class AnswerRecommendation(PortalDbContext db, TimeProvider clock, IHttpContextAccessor access)
{
    public async Task<Outcome> HandleAsync(int recommendationId, RecommendationAnswerForm form, CancellationToken ct)
    {
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == recommendationId, ct);
        if (recommendation is null)
        {
            return Outcome.NotFound;
        }

        var user = access.HttpContext!.User;
        var scope = user.Scope();
        var today = await RegionZone.TodayAsync(db, recommendation.RegionId, clock, ct);
        var addressee = recommendation.OrganizationId is { } organizationId ? user.OrganizationIdOf() == organizationId
            : scope.Level == ScopeLevel.Municipality && scope.MunicipalityId == recommendation.MunicipalityId;
        var refusal = !addressee ? "Отвечает адресат рекомендации: организация или координатор муниципалитета."
            : string.IsNullOrWhiteSpace(form.Answer) ? "Опишите, что сделано по рекомендации."
            : form.Answer.Trim().Length > 4000 ? "Ответ — не длиннее 4000 символов."
            : form.AnsweredOn is not { } on || on > today || on.Year < 2000 ? "Укажите дату — не позже сегодняшней."
            : null;
        if (refusal is not null)
        {
            return Outcome.Refused(refusal);
        }

        (recommendation.Answer, recommendation.AnsweredOn, recommendation.AnsweredBy, recommendation.ChangedAt) =
            (form.Answer.Trim(), form.AnsweredOn, user.FullNameOf(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Ответ на рекомендацию сохранён.", recommendation.Id);
    }
}
