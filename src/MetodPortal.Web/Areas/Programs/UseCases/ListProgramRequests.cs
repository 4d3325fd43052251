using MetodPortal.Data;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

public sealed class RequestFilter
{
    public int? AreaId { get; set; }
    public int? MunicipalityId { get; set; }
    public ProgramFormat? Format { get; set; }
    public RequestStatus? Status { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record RequestRow(
    int Id, string Organization, string? Municipality, string Area, string Topic, ProgramFormat? Format, string? Period, int People, DateOnly FiledOn,
    RequestStatus Status, string? Answer, string? Program, DateOnly? CohortStarts, bool Mine)
{
    public bool Answerable => ProgramRequest.IsOpen(Status);

    public bool Withdrawable => Mine && ProgramRequest.IsOpen(Status);
}

/// <summary>A group of the requests in the summary: its name, how many requests and people.</summary>
public sealed record RequestCount(string Name, int Requests, int People);

public sealed record RequestSummary(IReadOnlyList<RequestCount> ByArea, IReadOnlyList<RequestCount> ByMunicipality, IReadOnlyList<RequestCount> ByFormat);

/// <summary>The requests for ДПП in the user's scope (a teacher's own only), filtered and paged, and counted by area, municipality and format.</summary>
public static class ListProgramRequests
{
    public static IQueryable<ProgramRequest> Query(PortalDbContext db, RequestFilter filter, int userId, bool ownOnly)
    {
        var query = db.ProgramRequests.AsNoTracking();
        query = ownOnly ? query.Where(r => r.FiledByUserId == userId) : query;
        query = filter.AreaId is { } area ? query.Where(r => r.CompetenceAreaId == area) : query;
        query = filter.MunicipalityId is { } municipality ? query.Where(r => r.Organization!.MunicipalityId == municipality) : query;
        query = filter.Format is { } format ? query.Where(r => r.Format == format) : query;
        return filter.Status is { } status ? query.Where(r => r.Status == status) : query;
    }

    public static Task<Page<RequestRow>> PageAsync(IQueryable<ProgramRequest> query, int page, int userId, CancellationToken ct) =>
        query.OrderBy(r => r.Status != RequestStatus.Open).ThenByDescending(r => r.FiledOn).ThenByDescending(r => r.Id)
            .Select(r => new RequestRow(r.Id, r.Organization!.ShortName ?? r.Organization.Name, r.Organization.Municipality!.Name, r.CompetenceArea!.Name,
                r.Topic, r.Format, r.Period, r.People, r.FiledOn, r.Status, r.Answer, r.Program == null ? null : r.Program.Title,
                r.Cohort == null ? null : r.Cohort.StartsOn, r.FiledByUserId == userId))
            .ToPageAsync(page, ct);

    public static async Task<RequestSummary> SummaryAsync(IQueryable<ProgramRequest> query, CancellationToken ct)
    {
        var byArea = await query.GroupBy(r => r.CompetenceArea!.Name).Select(g => new RequestCount(g.Key, g.Count(), g.Sum(r => r.People)))
            .ToListAsync(ct);
        var byMunicipality = await query.GroupBy(r => r.Organization!.Municipality!.Name)
            .Select(g => new RequestCount(g.Key ?? "региональные организации", g.Count(), g.Sum(r => r.People))).ToListAsync(ct);
        var byFormat = await query.GroupBy(r => r.Format).Select(g => new { g.Key, Count = g.Count(), People = g.Sum(r => r.People) }).ToListAsync(ct);
        return new RequestSummary(
            [.. byArea.OrderByDescending(c => c.People).ThenBy(c => c.Name, StringComparer.Ordinal)],
            [.. byMunicipality.OrderByDescending(c => c.People).ThenBy(c => c.Name, StringComparer.Ordinal)],
            [.. byFormat.Select(f => new RequestCount(f.Key is { } format ? format.Name() : "не важно", f.Count, f.People)).OrderByDescending(c => c.People)]);
    }
}
