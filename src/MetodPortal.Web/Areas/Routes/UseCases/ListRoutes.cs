using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

public sealed class RouteFilter
{
    public string? Q { get; set; }
    public RouteStatus? Status { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public int? EducatorId { get; set; }

    /// <summary>Only routes with an item past its deadline and not done.</summary>
    public bool Overdue { get; set; }

    /// <summary>Only routes the user tutors with an item waiting for their confirmation.</summary>
    public bool ToConfirm { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record RouteRow(
    int Id, int EducatorId, string EducatorName, string Organization, RouteStatus Status, DateOnly PeriodFrom, DateOnly PeriodTo,
    int Items, int Done, int Overdue);

/// <summary>Routes in the user's scope (a teacher's scope holds only their own), newest first.</summary>
public static class ListRoutes
{
    public static async Task<Page<RouteRow>> PageAsync(PortalDbContext db, RouteFilter filter, DateOnly today, CancellationToken ct)
    {
        var query = db.Routes.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.EducatorId is { } educatorId)
        {
            query = query.Where(r => r.EducatorId == educatorId);
        }

        if (filter.OrganizationId is { } organizationId)
        {
            query = query.Where(r => r.OrganizationId == organizationId);
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(r => r.Organization!.MunicipalityId == municipalityId);
        }

        if (filter.Overdue)
        {
            query = query.WithOverdueItems(today);
        }

        if (filter.ToConfirm)
        {
            query = query.AwaitingConfirmationBy(db.CurrentUser.UserId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(r => EF.Functions.ILike(RussianText.Folded(r.Educator!.LastName + " " + r.Educator.FirstName + " "
                + "" + (r.Educator.MiddleName ?? "")), pattern, Like.Escape));
        }

        return await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new RouteRow(
                r.Id, r.EducatorId, r.Educator!.FullName,
                r.Organization!.ShortName ?? r.Organization.Name, r.Status, r.PeriodFrom, r.PeriodTo,
                r.Items.Count(i => i.Status != RouteItemStatus.Cancelled), r.Items.Count(i => i.Status == RouteItemStatus.Done),
                r.Items.Count(i => i.Status == RouteItemStatus.Planned && i.Deadline < today)))
            .ToPageAsync(filter.Page, ct);
    }
}
