using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

/// <summary>The filters of the organizations list, bound from the query string.</summary>
public sealed class OrganizationFilter
{
    public string? Q { get; set; }
    public int? MunicipalityId { get; set; }
    public OrganizationType? Type { get; set; }
    public OrganizationLevel? Level { get; set; }
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record OrganizationRow(
    int Id, string Name, string? ShortName, OrganizationType Type, OrganizationLevel Level, string? Municipality, bool CountsInIndicators, int Statuses);

/// <summary>Organizations in the user's scope (the filter does the scoping), searched, filtered, sorted and paged.</summary>
public static class ListOrganizations
{
    public static Task<Page<OrganizationRow>> RunAsync(PortalDbContext db, OrganizationFilter filter, CancellationToken ct)
    {
        var query = db.Organizations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(o => EF.Functions.ILike(RussianText.Folded(o.Name), pattern, Like.Escape)
                || (o.ShortName != null && EF.Functions.ILike(RussianText.Folded(o.ShortName), pattern, Like.Escape))
                || (o.Inn != null && EF.Functions.ILike(RussianText.Folded(o.Inn), pattern, Like.Escape)));
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(o => o.MunicipalityId == municipalityId);
        }

        if (filter.Type is { } type)
        {
            query = query.Where(o => o.Type == type);
        }

        if (filter.Level is { } level)
        {
            query = query.Where(o => o.Level == level);
        }

        query = filter.Sort switch
        {
            "name_desc" => query.OrderByDescending(o => o.Name),
            "type" => query.OrderBy(o => o.Type).ThenBy(o => o.Name),
            // Regional bodies first, then each municipality with its own bodies before its schools.
            _ => query.OrderBy(o => o.MunicipalityId != null).ThenBy(o => o.Municipality!.Name)
                .ThenBy(o => o.Level != OrganizationLevel.Municipal).ThenBy(o => o.Name),
        };

        return query
            .Select(o => new OrganizationRow(o.Id, o.Name, o.ShortName, o.Type, o.Level, o.Municipality!.Name, o.CountsInIndicators, o.Statuses.Count))
            .ToPageAsync(filter.Page, ct);
    }
}
