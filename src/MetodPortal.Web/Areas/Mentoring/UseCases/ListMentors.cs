using MetodPortal.Data;
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

        var loads = MentorLoad.Of(query, db);
        if (filter.Free)
        {
            loads = loads.Where(l => l.ActivePairs < l.Mentor.MaxPairs);
        }

        return loads.OrderBy(l => l.Mentor.Educator!.LastName).ThenBy(l => l.Mentor.Educator!.FirstName).ThenBy(l => l.Mentor.Id)
            .Select(l => new MentorRow(l.Mentor.Id, l.Mentor.Educator!.FullName, l.Mentor.OrganizationId,
                l.Mentor.Organization!.ShortName ?? l.Mentor.Organization.Name, l.Mentor.Organization.Municipality!.Name, l.Mentor.ForMunicipality,
                l.Mentor.CompetenceAreaIds, l.Mentor.MaxPairs, l.ActivePairs))
            .ToPageAsync(filter.Page, ct);
    }
}
