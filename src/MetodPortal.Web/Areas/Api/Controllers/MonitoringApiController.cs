using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Api.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Api.Controllers;

/// <summary>The annual monitoring: campaigns with the completeness of their forms, the nine indicators by year and place, recommendations.</summary>
[Authorize(Policy = Policies.ReadMonitoring)]
[Tags("Мониторинг")]
public sealed class MonitoringApiController([FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext db) : ApiController
{
    /// <summary>Campaigns (all years, or one), each with how many forms are in each status in the scope.</summary>
    [HttpGet("campaigns")]
    public async Task<ActionResult<List<ApiCampaign>>> Campaigns(int? year, CancellationToken ct) => await MonitoringFeed.CampaignsAsync(db, year, ct);

    /// <summary>One campaign.</summary>
    [HttpGet("campaigns/{id:int}")]
    public async Task<ActionResult<ApiCampaign>> Campaign(int id, CancellationToken ct) =>
        (await MonitoringFeed.CampaignsAsync(db, null, ct, id)).SingleOrDefault() is { } campaign ? campaign : Missing();

    /// <summary>The forms of a campaign in the scope, with their status and when they were sent.</summary>
    [HttpGet("campaigns/{id:int}/forms")]
    public async Task<ActionResult<ApiPage<ApiForm>>> Forms(int id, [FromQuery] FormQuery query, CancellationToken ct) =>
        await db.MonitoringCampaigns.AnyAsync(c => c.Id == id && c.Status != CampaignStatus.Preparation, ct)
            ? await MonitoringFeed.Forms(db, id, query).PageAsync(query, Request, ct)
            : Missing();

    /// <summary>
    /// The nine indicators of a year (the latest without <c>year</c>) at the region, a municipality or an organization (the user's own level
    /// without one), and of the places one level down; from the accepted forms, or with <c>source=Registry</c> from the portal's registry.
    /// </summary>
    [HttpGet("indicators")]
    public async Task<ActionResult<ApiIndicators>> Indicators([FromQuery] IndicatorQuery query, CancellationToken ct) =>
        await MonitoringFeed.IndicatorsAsync(db, User, query, ct) is { } indicators ? indicators : Missing();

    /// <summary>Targeted recommendations of a campaign's year (the latest without <c>year</c>), by municipality or organization.</summary>
    [HttpGet("recommendations")]
    public async Task<ActionResult<ApiPage<ApiRecommendation>>> Recommendations([FromQuery] PlaceQuery query, CancellationToken ct) =>
        await MonitoringFeed.CampaignOfAsync(db, query.Year, ct) is { } campaign
            ? await MonitoringFeed.Recommendations(db, campaign.Id, query).PageAsync(query, Request, ct)
            : Missing();
}
