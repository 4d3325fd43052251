using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Api.UseCases;

public sealed record ApiMunicipality(int Id, string Code, string Name, string Kind, string? AdministrativeCentre);

/// <summary>An organization and its place in the tree: its municipality (none for a regional one) and its parent.</summary>
public sealed record ApiOrganization(int Id, string Name, string? ShortName, OrganizationType Type, OrganizationLevel Level, int? MunicipalityId,
    int? ParentId, string? Inn, string? Address, bool CountsInIndicators);

public sealed class OrganizationQuery : ApiPaging
{
    public int? MunicipalityId { get; set; }
    public int? ParentId { get; set; }
    public OrganizationType? Type { get; set; }

    /// <summary>Words of the name, short name or ИНН.</summary>
    public string? Q { get; set; }
}

/// <summary>The region's tree as the user's scope shows it (the query filters do the scoping): municipalities and organizations.</summary>
public static class DirectoryFeed
{
    public static Task<List<ApiMunicipality>> MunicipalitiesAsync(PortalDbContext db, CancellationToken ct) =>
        db.Municipalities.AsNoTracking().OrderBy(m => m.Name).ThenBy(m => m.Id)
            .Select(m => new ApiMunicipality(m.Id, m.Code, m.Name, m.Kind, m.AdministrativeCentre)).ToListAsync(ct);

    /// <param name="id">One organization (by-id reads filter before the projection: EF cannot filter on a record it made).</param>
    public static IQueryable<ApiOrganization> Organizations(PortalDbContext db, OrganizationQuery query, int? id = null)
    {
        var organizations = db.Organizations.AsNoTracking().Where(o => id == null || o.Id == id);
        if (query.MunicipalityId is { } municipalityId)
        {
            organizations = organizations.Where(o => o.MunicipalityId == municipalityId);
        }

        if (query.ParentId is { } parentId)
        {
            organizations = organizations.Where(o => o.ParentId == parentId);
        }

        if (query.Type is { } type)
        {
            organizations = organizations.Where(o => o.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Contains(query.Q);
            organizations = organizations.Where(o => EF.Functions.ILike(RussianText.Folded(o.Name), pattern, Like.Escape)
                || (o.ShortName != null && EF.Functions.ILike(RussianText.Folded(o.ShortName), pattern, Like.Escape))
                || (o.Inn != null && EF.Functions.ILike(o.Inn, pattern, Like.Escape)));
        }

        return organizations.OrderBy(o => o.Id).Select(o => new ApiOrganization(o.Id, o.Name, o.ShortName, o.Type, o.Level, o.MunicipalityId, o.ParentId,
            o.Inn, o.Address, o.CountsInIndicators));
    }
}
