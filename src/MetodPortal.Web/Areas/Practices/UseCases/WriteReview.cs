using MetodPortal.Data;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

public sealed class ReviewForm
{
    /// <summary>The score of each of the region's criteria, in their order.</summary>
    public List<int?> Scores { get; set; } = [];
    public bool? Recommended { get; set; }
    public string? Opinion { get; set; }
}

/// <summary>
/// An expert writes their review of a practice under expertise — from their own account (a teacher's, linked to the expert's educator), or
/// ЦНППМ / ИРО record the opinion the expert sent. Anyone else, another expert included, finds no such review.
/// </summary>
public sealed class WriteReview(PortalDbContext db, RecordAccess access, TimeProvider clock)
{
    public const int MaxOpinion = 4000;

    public async Task<Outcome> HandleAsync(int id, int reviewId, ReviewForm form, CancellationToken ct)
    {
        var practice = await db.Practices.Include(p => p.Reviews).FirstOrDefaultAsync(p => p.Id == id, ct);
        var review = practice?.Reviews.FirstOrDefault(r => r.Id == reviewId);
        if (review is null || !MayWrite(db, access, review))
        {
            return Outcome.NotFound;
        }

        if (form.Opinion?.Trim().Length > MaxOpinion)
        {
            return Outcome.Refused($"Заключение — не длиннее {MaxOpinion} символов.");
        }

        var criteria = await CriteriaOfAsync(db, review, ct);
        if (practice!.WriteReview(review, criteria, form.Scores, form.Recommended, form.Opinion, clock.Today()) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done("Экспертное заключение сохранено.", id);
    }

    /// <summary>The criteria the review scores, in its order (a criterion is not removed while a practice is under expertise).</summary>
    public static async Task<List<Domain.Practices.PracticeCriterion>> CriteriaOfAsync(
        PortalDbContext db, Domain.Practices.PracticeReview review, CancellationToken ct)
    {
        var ids = review.CriterionIds;
        var found = await db.PracticeCriteria.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        return [.. found.OrderBy(c => ids.IndexOf(c.Id))];
    }

    /// <summary>The expert themself, or the region's expertise office on their behalf.</summary>
    public static bool MayWrite(PortalDbContext db, RecordAccess access, Domain.Practices.PracticeReview review) =>
        db.CurrentUser.Scope.SelfEducatorId == review.ExpertEducatorId || access.Allows(Policies.ConductExpertise);
}
