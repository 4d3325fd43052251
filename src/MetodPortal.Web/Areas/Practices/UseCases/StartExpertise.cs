using MetodPortal.Data;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>
/// ЦНППМ / ИРО send a submitted practice to two experts of the registry (<see cref="Domain.Practices.PracticeRules.ExpertsError"/>): in force,
/// reviewing practices, neither an author nor working at the practice's organization, by any of their employments.
/// </summary>
public sealed class StartExpertise(PortalDbContext db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, IReadOnlyList<int> expertIds, CancellationToken ct)
    {
        var practice = await db.Practices.Include(p => p.Reviews).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null)
        {
            return Outcome.NotFound;
        }

        var wanted = expertIds.Distinct().ToList();
        var experts = await db.Experts.AsNoTracking().Where(e => wanted.Contains(e.Id) && e.RegionId == practice.RegionId).ToListAsync(ct);
        if (experts.Count != wanted.Count)
        {
            return Outcome.Refused("Выберите экспертов из реестра.");
        }

        var today = clock.Today();
        var educators = experts.Select(e => e.EducatorId).ToList();
        var colleagues = (await Workplaces.StaffOn(db, practice.OrganizationId, today).Where(id => educators.Contains(id)).ToListAsync(ct)).ToHashSet();
        var criteria = await db.PracticeCriteria.Where(c => c.RegionId == practice.RegionId).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => c.Id).ToListAsync(ct);
        if (practice.StartExpertise(experts, criteria, today, colleagues) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done("Практика направлена экспертам.", id);
    }
}
