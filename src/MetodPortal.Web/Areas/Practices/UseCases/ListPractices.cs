using MetodPortal.Data;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

public sealed class PracticeFilter
{
    public string? Q { get; set; }
    public PracticeKind? Kind { get; set; }
    public int? AreaId { get; set; }
    public int? MunicipalityId { get; set; }
    public SupportLevel? Level { get; set; }
    public PracticeStatus? Status { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record PracticeRow(
    int Id, string Title, PracticeKind Kind, SupportLevel Level, int OrganizationId, int? MunicipalityId, string AuthorNames, IReadOnlyList<int> AreaIds,
    PracticeStatus Status, DateOnly? PublishedOn);

/// <summary>The bank as the user sees it (the filter does the scoping): every published practice of the region, and the drafts and reviews of
/// the user's scope. Newest published first, then the work in progress by title.</summary>
public static class ListPractices
{
    public static IQueryable<Practice> Matching(PortalDbContext db, PracticeFilter filter)
    {
        var query = db.Practices.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(p => EF.Functions.ILike(RussianText.Folded(p.Title), pattern, Like.Escape)
                || EF.Functions.ILike(RussianText.Folded(p.AuthorNames), pattern, Like.Escape));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (filter.AreaId is { } areaId)
        {
            query = query.Where(p => p.CompetenceAreaIds.Contains(areaId));
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(p => p.MunicipalityId == municipalityId);
        }

        if (filter.Level is { } level)
        {
            query = query.Where(p => p.Level == level);
        }

        return filter.Status is { } status ? query.Where(p => p.Status == status) : query;
    }

    public static Task<Page<PracticeRow>> PageAsync(PortalDbContext db, PracticeFilter filter, CancellationToken ct) =>
        Matching(db, filter)
            .OrderBy(p => p.Status == PracticeStatus.Published ? 0 : 1).ThenByDescending(p => p.PublishedOn).ThenBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new PracticeRow(p.Id, p.Title, p.Kind, p.Level, p.OrganizationId, p.MunicipalityId, p.AuthorNames, p.CompetenceAreaIds, p.Status,
                p.PublishedOn))
            .ToPageAsync(filter.Page, ct);
}
