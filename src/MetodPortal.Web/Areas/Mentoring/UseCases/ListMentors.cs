using MetodPortal.Data;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

public sealed class MentorFilter
{
    public string? Q { get; set; }
    public int? OrganizationId { get; set; }
    public int? AreaId { get; set; }

    /// <summary>Only mentors who can take another pair.</summary>
    public bool Free { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record MentorRow(
    int Id, string Name, int OrganizationId, string Organization, string? Municipality, bool ForMunicipality, IReadOnlyList<int> AreaIds, int MaxPairs,
    int ActivePairs)
{
    public int FreePlaces => Math.Max(0, MaxPairs - ActivePairs);
}

/// <summary>The registry of mentors in the user's scope (the filter does the scoping), with the pairs each leads now.</summary>
public static class ListMentors
{
    public static Task<Page<MentorRow>> PageAsync(PortalDbContext db, MentorFilter filter, CancellationToken ct)
    {
        var query = db.Mentors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(m => EF.Functions.ILike(RussianText.Folded(m.Educator!.LastName), pattern, Like.Escape));
        }

        if (filter.OrganizationId is { } organizationId)
        {
            query = query.Where(m => m.OrganizationId == organizationId);
        }

        if (filter.AreaId is { } areaId)
        {
            query = query.Where(m => m.CompetenceAreaIds.Contains(areaId));
        }

        if (filter.Free)
        {
            query = query.Where(m => db.MentoringPairs.Count(p => p.MentorId == m.EducatorId && p.Status == PairStatus.Active) < m.MaxPairs);
        }

        return query.OrderBy(m => m.Educator!.LastName).ThenBy(m => m.Educator!.FirstName).ThenBy(m => m.Id)
            .Select(m => new MentorRow(m.Id, m.Educator!.FullName, m.OrganizationId, m.Organization!.ShortName ?? m.Organization.Name,
                m.Organization.Municipality!.Name, m.ForMunicipality, m.CompetenceAreaIds, m.MaxPairs,
                db.MentoringPairs.Count(p => p.MentorId == m.EducatorId && p.Status == PairStatus.Active)))
            .ToPageAsync(filter.Page, ct);
    }
}
