using FluentValidation;
using MetodPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Choices;

/// <summary>The region's catalogue of competence areas as offers are tagged with it: the choices, and the rule that a tag is one of them.</summary>
public static class CompetenceAreas
{
    /// <summary>The active areas, and the retired ones still <paramref name="chosen"/>, in the catalogue's order.</summary>
    public static Task<List<Choice>> ChoicesAsync(PortalDbContext db, IReadOnlyCollection<int> chosen, CancellationToken ct) =>
        db.CompetenceAreas.AsNoTracking().Where(a => a.IsActive || chosen.Contains(a.Id)).OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new Choice(a.Id, a.Name)).ToListAsync(ct);

    /// <summary>Every tag is an area of the user's region's catalogue (the scope filter keeps other regions' out).</summary>
    public static IRuleBuilderOptions<T, List<int>> OfTheCatalogue<T>(this IRuleBuilder<T, List<int>> rule, PortalDbContext db) =>
        rule.MustAsync(async (ids, ct) =>
        {
            var distinct = ids.Distinct().ToList();
            return distinct.Count == 0 || await db.CompetenceAreas.CountAsync(a => distinct.Contains(a.Id), ct) == distinct.Count;
        }).WithMessage("Выберите компетенции из справочника региона.");
}
