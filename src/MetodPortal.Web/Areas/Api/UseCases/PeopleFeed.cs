using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Areas.Staff.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Api.UseCases;

public sealed record ApiEmployment(int OrganizationId, Position Position, bool IsMain, DateOnly? StartDate, DateOnly? EndDate);

/// <summary>A pedagogical worker or manager with their employments in the scope. Personal data: read only with a token that may.</summary>
public sealed record ApiEducator(int Id, string LastName, string FirstName, string? MiddleName, DateOnly BirthDate, Position Position, bool IsHead,
    bool IsDeputy, QualificationCategory Category, DateOnly? CategoryDate, DateOnly? ProfessionStartDate, IReadOnlyList<ApiEmployment> Employments);

public sealed record ApiDiagnostic(int Id, int EducatorId, int OrganizationId, int InstrumentId, string Instrument, DateOnly Date,
    IReadOnlyList<int> DeficitAreaIds);

public sealed record ApiRouteItem(int Id, int? CompetenceAreaId, string Goal, ActivityForm Form, DateOnly Deadline, RouteItemStatus Status,
    DateOnly? ReportedOn, DateOnly? ConfirmedOn, int? CohortId, int? EventId, int? CommunityId, int? SiteId, int? PracticeId, int? PairId);

public sealed record ApiRoute(int Id, int EducatorId, int OrganizationId, int? DiagnosticId, DateOnly PeriodFrom, DateOnly PeriodTo, RouteStatus Status,
    DateOnly? ApprovedOn, DateOnly? CompletedOn, IReadOnlyList<ApiRouteItem> Items);

public sealed class PeopleQuery : ApiPaging
{
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }

    /// <summary>Words of the name.</summary>
    public string? Q { get; set; }
}

public sealed class PersonalRecordQuery : ApiPaging
{
    public int? EducatorId { get; set; }
    public int? OrganizationId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? Year { get; set; }
}

/// <summary>Personal data for the API — the staff list, diagnostics and routes — read through the same filters as their pages.</summary>
public static class PeopleFeed
{
    /// <summary>The people employed now in the scope, as the staff list shows them.</summary>
    public static IQueryable<ApiEducator> Educators(PortalDbContext db, PeopleQuery query, DateOnly today) =>
        ListStaff.Query(db, new StaffFilter { MunicipalityId = query.MunicipalityId, OrganizationId = query.OrganizationId, Q = query.Q }, today)
            .OrderBy(e => e.Id)
            .Select(e => new ApiEducator(e.Id, e.LastName, e.FirstName, e.MiddleName, e.BirthDate, e.Position, e.IsHead, e.IsDeputy, e.Category,
                e.CategoryDate, e.ProfessionStartDate,
                e.Employments.OrderBy(x => x.Id).Select(x => new ApiEmployment(x.OrganizationId, x.Position, x.IsMain, x.StartDate, x.EndDate)).ToList()));

    /// <summary>One person in the scope, employed now or before.</summary>
    public static Task<ApiEducator?> EducatorAsync(PortalDbContext db, int id, CancellationToken ct) =>
        db.Educators.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new ApiEducator(e.Id, e.LastName, e.FirstName, e.MiddleName, e.BirthDate, e.Position, e.IsHead, e.IsDeputy, e.Category,
                e.CategoryDate, e.ProfessionStartDate,
                e.Employments.OrderBy(x => x.Id).Select(x => new ApiEmployment(x.OrganizationId, x.Position, x.IsMain, x.StartDate, x.EndDate)).ToList()))
            .FirstOrDefaultAsync(ct);

    public static IQueryable<ApiDiagnostic> Diagnostics(PortalDbContext db, PersonalRecordQuery query) =>
        ListDiagnostics.Query(db, new DiagnosticFilter
            {
                EducatorId = query.EducatorId, OrganizationId = query.OrganizationId, MunicipalityId = query.MunicipalityId, Year = query.Year,
            })
            .OrderBy(d => d.Id)
            .Select(d => new ApiDiagnostic(d.Id, d.EducatorId, d.OrganizationId, d.InstrumentId, d.Instrument!.Title, d.Date,
                d.Deficits.OrderBy(x => x.CompetenceAreaId).Select(x => x.CompetenceAreaId).ToList()));

    /// <summary>Routes, with a year: those whose period touches it.</summary>
    public static IQueryable<ApiRoute> Routes(PortalDbContext db, PersonalRecordQuery query, DateOnly today, int? id = null)
    {
        var routes = ListRoutes.Query(db, new RouteFilter
        {
            EducatorId = query.EducatorId, OrganizationId = query.OrganizationId, MunicipalityId = query.MunicipalityId,
        }, today).Where(r => id == null || r.Id == id);
        if (query.Year is { } year)
        {
            routes = routes.Where(r => r.PeriodFrom <= new DateOnly(year, 12, 31) && r.PeriodTo >= new DateOnly(year, 1, 1));
        }

        return routes.OrderBy(r => r.Id).Select(r => new ApiRoute(r.Id, r.EducatorId, r.OrganizationId, r.DiagnosticId, r.PeriodFrom, r.PeriodTo, r.Status,
            r.ApprovedOn, r.CompletedOn,
            r.Items.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => new ApiRouteItem(i.Id, i.CompetenceAreaId, i.Goal, i.Form, i.Deadline,
                i.Status, i.ReportedOn, i.ConfirmedOn, i.CohortId, i.EventId, i.CommunityId, i.SiteId, i.PracticeId, i.PairId)).ToList()));
    }
}
