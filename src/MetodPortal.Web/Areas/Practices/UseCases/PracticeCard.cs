using MetodPortal.Data;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

public sealed record PracticeFileRow(int Id, string FileName, long Size);

/// <summary>A review as the card shows it: the expert named to the region's expertise office, numbered to the authors' side.</summary>
public sealed record ReviewView(PracticeReview Review, string Expert, bool Mine);

public sealed record PracticeCardModel(
    Practice Practice, string Organization, string? Municipality, IReadOnlyList<string> Areas, IReadOnlyList<PracticeFileRow> Files,
    IReadOnlyList<ReviewView> Reviews, IReadOnlyList<PracticeCriterion> Criteria, IReadOnlyList<Choice> Experts, bool CanManage, bool CanConduct,
    string? Refusal = null)
{
    public string CriterionName(int id) => Criteria.FirstOrDefault(c => c.Id == id)?.Name ?? "критерий снят";
}

/// <summary>
/// A practice's card. Its reviews are read by those who keep the practice, by the expertise office and the ministry; an expert sees their own
/// review; a reader of a published practice elsewhere sees the practice and its materials only.
/// </summary>
public static class PracticeCard
{
    public static async Task<PracticeCardModel?> LoadAsync(PortalDbContext db, RecordAccess access, int id, DateOnly today, CancellationToken ct)
    {
        var practice = await db.Practices.AsNoTracking().Include(p => p.Reviews).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null)
        {
            return null;
        }

        var canManage = await access.MayManageAsync(practice);
        var canConduct = access.Allows(Policies.ConductExpertise);
        var seesAll = canManage || canConduct || access.Allows(Policies.ReadRegion);
        var self = db.CurrentUser.Scope.SelfEducatorId;
        var reviews = practice.Reviews.Where(r => seesAll || r.ExpertEducatorId == self).OrderByDescending(r => r.Round).ThenBy(r => r.Id).ToList();
        var names = canConduct || access.Allows(Policies.ReadRegion)
            ? await ExpertNamesAsync(db, reviews.Select(r => r.ExpertId), ct)
            : [];
        var organizations = await PublicNames.OrganizationsAsync(db, [practice.OrganizationId], ct);
        var municipalities = practice.MunicipalityId is null ? null : await PublicNames.MunicipalitiesAsync(db, ct);
        var areas = await db.CompetenceAreas.AsNoTracking().Where(a => practice.CompetenceAreaIds.Contains(a.Id)).OrderBy(a => a.Name)
            .Select(a => a.Name).ToListAsync(ct);
        var files = await db.PracticeFiles.AsNoTracking().Where(f => f.PracticeId == id).OrderBy(f => f.Id)
            .Select(f => new PracticeFileRow(f.Id, f.FileName, f.Size)).ToListAsync(ct);
        var criteria = await db.PracticeCriteria.AsNoTracking().Where(c => c.RegionId == practice.RegionId).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .ToListAsync(ct);
        var experts = canConduct && practice.Status == PracticeStatus.Submitted ? await ExpertChoicesAsync(db, practice, today, ct) : [];
        return new PracticeCardModel(practice, organizations.Of(practice.OrganizationId), municipalities?.Of(practice.MunicipalityId), areas, files,
            [.. reviews.Select((r, i) => new ReviewView(r, names.GetValueOrDefault(r.ExpertId) ?? $"Эксперт {i % PracticeRules.ExpertsPerPractice + 1}",
                r.ExpertEducatorId == self))],
            criteria, experts, canManage, canConduct);
    }

    private static async Task<Dictionary<int, string>> ExpertNamesAsync(PortalDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Experts.AsNoTracking().Where(e => wanted.Contains(e.Id)).Select(e => new { e.Id, e.Educator!.FullName })
            .ToDictionaryAsync(e => e.Id, e => e.FullName, ct);
    }

    /// <summary>The experts the practice may go to: in force, reviewing practices, of another organization; those of its areas first.</summary>
    private static async Task<List<Choice>> ExpertChoicesAsync(PortalDbContext db, Practice practice, DateOnly today, CancellationToken ct) =>
        (await db.Experts.AsNoTracking()
            .Where(e => e.RegionId == practice.RegionId && (e.Kinds & ExpertiseKinds.Practices) == ExpertiseKinds.Practices && e.ValidFrom <= today
                && (e.ValidTo == null || e.ValidTo >= today) && e.OrganizationId != practice.OrganizationId && !practice.AuthorIds.Contains(e.EducatorId))
            .Select(e => new { e.Id, e.Educator!.FullName, Organization = e.Organization!.ShortName ?? e.Organization.Name,
                Fits = e.CompetenceAreaIds.Any(a => practice.CompetenceAreaIds.Contains(a)) })
            .ToListAsync(ct))
        .OrderByDescending(e => e.Fits).ThenBy(e => e.FullName, StringComparer.Create(Display.Russian, false))
        .Select(e => new Choice(e.Id, $"{e.FullName} ({e.Organization}){(e.Fits ? " — по компетенциям практики" : "")}")).ToList();
}
