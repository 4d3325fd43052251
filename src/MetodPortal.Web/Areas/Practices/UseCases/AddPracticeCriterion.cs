using MetodPortal.Data;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>ЦНППМ / ИРО add a criterion the region's experts score practices on, at the end of the list: for the practices sent to experts
/// from now on (a round under way keeps the list it began with).</summary>
public sealed class AddPracticeCriterion(PortalDbContext db)
{
    public const int MaxScoreLimit = 100;

    public async Task<Outcome> HandleAsync(string? name, int? maxScore, CancellationToken ct)
    {
        if (db.CurrentUser.Scope.RegionId is not { } regionId)
        {
            return Outcome.Refused("Критерии задаёт регион: войдите как сотрудник ЦНППМ или ИРО.");
        }

        var refusal = string.IsNullOrWhiteSpace(name) ? "Укажите название критерия."
            : name.Trim().Length > 300 ? "Название критерия — не длиннее 300 символов."
            : maxScore is not (>= 1 and <= MaxScoreLimit) ? $"Максимальный балл — от 1 до {MaxScoreLimit}."
            : null;
        if (refusal is not null)
        {
            return Outcome.Refused(refusal);
        }

        var last = await db.PracticeCriteria.Where(c => c.RegionId == regionId).MaxAsync(c => (int?)c.SortOrder, ct) ?? 0;
        db.PracticeCriteria.Add(new PracticeCriterion { RegionId = regionId, Name = name!.Trim(), MaxScore = maxScore!.Value, SortOrder = last + 1 });
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Критерий «{name.Trim()}» добавлен.");
    }
}
