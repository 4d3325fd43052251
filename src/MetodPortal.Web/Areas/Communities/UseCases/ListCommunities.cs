using MetodPortal.Data;
using MetodPortal.Domain.Communities;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Communities.UseCases;

public sealed class CommunityFilter
{
    public string? Q { get; set; }
    public CommunityKind? Kind { get; set; }
    public SupportLevel? Level { get; set; }
    public int? MunicipalityId { get; set; }

    /// <summary>Communities working at some point of this year.</summary>
    public int? Year { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record CommunityRow(int Id, string Title, CommunityKind Kind, SupportLevel Level, string Owner, string? Municipality, string? SubjectArea,
    DateOnly ActiveFrom, DateOnly? ActiveTo, int Members);

public static class ListCommunities
{
    public static async Task<Page<CommunityRow>> PageAsync(PortalDbContext db, CommunityFilter filter, DateOnly today, CancellationToken ct)
    {
        var query = db.Communities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(c => EF.Functions.ILike(RussianText.Folded(c.Title), pattern, Like.Escape)
                || (c.SubjectArea != null && EF.Functions.ILike(RussianText.Folded(c.SubjectArea), pattern, Like.Escape)));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (filter.Level is { } level)
        {
            query = query.Where(c => c.Level == level);
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(c => c.MunicipalityId == municipalityId);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(c => c.ActiveFrom <= new DateOnly(year, 12, 31) && (c.ActiveTo == null || c.ActiveTo >= new DateOnly(year, 1, 1)));
        }

        // Members counted are those the user can see (the membership filter applies inside the count too).
        // The owner may be outside the user's scope (a community seen through a member): its name comes from PublicNames.
        var page = await query.OrderBy(c => c.Level).ThenBy(c => c.Title)
            .Select(c => new { c.Id, c.Title, c.Kind, c.Level, c.OrganizationId, c.MunicipalityId, c.SubjectArea, c.ActiveFrom, c.ActiveTo,
                Members = c.Memberships.Count(m => m.To == null || m.To >= today) })
            .ToPageAsync(filter.Page, ct);
        var owners = await PublicNames.OrganizationsAsync(db, page.Items.Select(c => c.OrganizationId), ct);
        var municipalities = await PublicNames.MunicipalitiesAsync(db, ct);
        return page.Map(c => new CommunityRow(c.Id, c.Title, c.Kind, c.Level, owners.Of(c.OrganizationId), c.MunicipalityId is null ? null
            : municipalities.Of(c.MunicipalityId),
            c.SubjectArea, c.ActiveFrom, c.ActiveTo, c.Members));
    }
}
