using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Web.Areas.Api.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Api.Controllers;

/// <summary>
/// Personal data: the staff, their diagnostics and routes. Only for a token made with the permission to read them
/// (<see cref="PersonalDataAttribute"/>, otherwise 403), and every read is written to the access log.
/// </summary>
[PersonalData]
[Tags("Персональные данные")]
public sealed class PeopleApiController([FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext db, AccessLog access, TimeProvider clock) : ApiController
{
    /// <summary>Pedagogical workers and managers employed now, by municipality, organization or words of the name.</summary>
    [HttpGet("educators")]
    [Authorize(Policy = Policies.ReadStaff)]
    public async Task<ActionResult<ApiPage<ApiEducator>>> Educators([FromQuery] PeopleQuery query, CancellationToken ct) =>
        await LoggedAsync(PeopleFeed.Educators(db, query, clock.Today()).PageAsync(query, Request, ct), ct);

    /// <summary>One person, with their employments in the scope.</summary>
    [HttpGet("educators/{id:int}")]
    [Authorize(Policy = Policies.ReadStaff)]
    public async Task<ActionResult<ApiEducator>> Educator(int id, CancellationToken ct)
    {
        var educator = await PeopleFeed.EducatorAsync(db, id, ct);
        if (educator is null)
        {
            return Missing();
        }

        await LogReadAsync(id, ct);
        return educator;
    }

    /// <summary>Diagnostics of professional deficits, by person, organization, municipality or year, with the areas found deficient.</summary>
    [HttpGet("diagnostics")]
    [Authorize(Policy = Policies.ReadDiagnostics)]
    public async Task<ActionResult<ApiPage<ApiDiagnostic>>> Diagnostics([FromQuery] PersonalRecordQuery query, CancellationToken ct) =>
        await LoggedAsync(PeopleFeed.Diagnostics(db, query).PageAsync(query, Request, ct), ct);

    /// <summary>Individual educational routes (ИОМ) with their items, by person, organization, municipality or year.</summary>
    [HttpGet("routes")]
    [Authorize(Policy = Policies.ReadDiagnostics)]
    public async Task<ActionResult<ApiPage<ApiRoute>>> Routes([FromQuery] PersonalRecordQuery query, CancellationToken ct) =>
        await LoggedAsync(PeopleFeed.Routes(db, query, clock.Today()).PageAsync(query, Request, ct), ct);

    /// <summary>One route with its items.</summary>
    [HttpGet("routes/{id:int}")]
    [Authorize(Policy = Policies.ReadDiagnostics)]
    public async Task<ActionResult<ApiRoute>> Route(int id, CancellationToken ct)
    {
        var route = await PeopleFeed.Routes(db, new PersonalRecordQuery(), clock.Today(), id).FirstOrDefaultAsync(ct);
        if (route is null)
        {
            return Missing();
        }

        await LogReadAsync(route.EducatorId, ct);
        return route;
    }

    private async Task LogReadAsync(int educatorId, CancellationToken ct) =>
        await access.PersonAsync(AccessKind.ApiRead, educatorId, await db.Educators.Where(e => e.Id == educatorId).Select(e => e.RegionId).FirstAsync(ct),
            Request.Path, ct);
}
