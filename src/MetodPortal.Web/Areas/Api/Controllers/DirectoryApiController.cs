using MetodPortal.Data;
using MetodPortal.Web.Areas.Api.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Areas.Api.Controllers;

/// <summary>The tree: municipalities and organizations in the token's scope.</summary>
[Authorize(Policy = Policies.ReadOrganizations)]
[Tags("Организации")]
public sealed class DirectoryApiController([FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext db) : ApiController
{
    /// <summary>Municipalities of the region (a municipal user's: their own).</summary>
    [HttpGet("municipalities")]
    public async Task<ActionResult<List<ApiMunicipality>>> Municipalities(CancellationToken ct) => await DirectoryFeed.MunicipalitiesAsync(db, ct);

    /// <summary>Organizations, by municipality, parent, type or words of the name.</summary>
    [HttpGet("organizations")]
    public async Task<ActionResult<ApiPage<ApiOrganization>>> Organizations([FromQuery] OrganizationQuery query, CancellationToken ct) =>
        await DirectoryFeed.Organizations(db, query).PageAsync(query, Request, ct);

    /// <summary>One organization.</summary>
    [HttpGet("organizations/{id:int}")]
    public Task<ActionResult<ApiOrganization>> Organization(int id, CancellationToken ct) =>
        OneAsync(DirectoryFeed.Organizations(db, new OrganizationQuery(), id), ct);
}
