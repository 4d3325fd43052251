using MetodPortal.Data;
using MetodPortal.Web.Areas.Api.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Areas.Api.Controllers;

/// <summary>What the region offers: the ДПП registry with cohorts, the events navigator, the sites, the bank of practices and the experts.</summary>
[Tags("Предложения региона")]
public sealed class OffersApiController([FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext db) : ApiController
{
    /// <summary>The registry of ДПП, each programme with its cohorts (by year and municipality: a municipality's and the regional ones).</summary>
    [HttpGet("programs")]
    [Authorize(Policy = Policies.ReadSupport)]
    public async Task<ActionResult<ApiPage<ApiProgram>>> Programs([FromQuery] ProgramQuery query, CancellationToken ct) =>
        await OffersFeed.Programs(db, query).PageAsync(query, Request, ct);

    /// <summary>One programme with all its cohorts.</summary>
    [HttpGet("programs/{id:int}")]
    [Authorize(Policy = Policies.ReadSupport)]
    public Task<ActionResult<ApiProgram>> Program(int id, CancellationToken ct) => OneAsync(OffersFeed.Programs(db, new ProgramQuery(), id), ct);

    /// <summary>The navigator of methodical events, by year, dates or municipality.</summary>
    [HttpGet("events")]
    [Authorize(Policy = Policies.ReadEvents)]
    public async Task<ActionResult<ApiPage<ApiEvent>>> Events([FromQuery] EventQuery query, CancellationToken ct) =>
        await OffersFeed.Events(db, query).PageAsync(query, Request, ct);

    /// <summary>One event.</summary>
    [HttpGet("events/{id:int}")]
    [Authorize(Policy = Policies.ReadEvents)]
    public Task<ActionResult<ApiEvent>> Event(int id, CancellationToken ct) => OneAsync(OffersFeed.Events(db, new EventQuery(), id), ct);

    /// <summary>Innovation and internship sites in force in a year.</summary>
    [HttpGet("sites")]
    [Authorize(Policy = Policies.ReadSupport)]
    public async Task<ActionResult<ApiPage<ApiSite>>> Sites([FromQuery] RegistryQuery query, CancellationToken ct) =>
        await OffersFeed.Sites(db, query).PageAsync(query, Request, ct);

    /// <summary>The bank of effective practices: the published ones.</summary>
    [HttpGet("practices")]
    [Authorize(Policy = Policies.ReadPractices)]
    public async Task<ActionResult<ApiPage<ApiPractice>>> Practices([FromQuery] RegistryQuery query, CancellationToken ct) =>
        await OffersFeed.Practices(db, query).PageAsync(query, Request, ct);

    /// <summary>The registry of experts: names, organizations and orders, as the registry publishes them (each read is in the access log).</summary>
    [HttpGet("experts")]
    [Authorize(Policy = Policies.ReadExperts)]
    public async Task<ActionResult<ApiPage<ApiExpert>>> Experts([FromQuery] RegistryQuery query, CancellationToken ct) =>
        await LoggedAsync(OffersFeed.Experts(db, query).PageAsync(query, Request, ct), ct);
}
