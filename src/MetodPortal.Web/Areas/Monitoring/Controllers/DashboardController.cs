using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Scoping;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.Controllers;

/// <summary>
/// The indicators of a campaign in the user's scope: the region by municipality, a municipality by organization, one
/// organization down to the named people behind a registry count. Figures come from the accepted forms or from the
/// registry, both from the engine in MetodPortal.Data.Monitoring.
/// </summary>
[Area("Monitoring")]
[Route("monitoring")]
[Authorize(Policies.ReadMonitoring)]
public sealed class DashboardController([FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext db, AccessLog access) : Controller
{
    [HttpGet("indicators")]
    public async Task<IActionResult> Passports(CancellationToken ct) =>
        View(await db.MonitoringCampaigns.AsNoTracking().OrderByDescending(c => c.Year).FirstOrDefaultAsync(ct));

    [HttpGet("{id:int}/dashboard")]
    public async Task<IActionResult> Index(
        int id, IndicatorSource source, int? municipalityId, int? organizationId, [FromQuery] FigureOrder order, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return NotFound();
        }

        // Below the region a user starts at their own level; an organization sees only itself (another's is not found).
        var scope = User.Scope();
        if (scope.Level == ScopeLevel.Organization && organizationId != User.OrganizationIdOf())
        {
            return organizationId is not null ? NotFound() : RedirectToAction(nameof(Index), new { id, source, organizationId = User.OrganizationIdOf() });
        }

        if (scope.Level == ScopeLevel.Municipality && organizationId is null && municipalityId is null)
        {
            return RedirectToAction(nameof(Index), new { id, source, municipalityId = scope.MunicipalityId });
        }

        var figures = await ScopeFigures.LoadAsync(db, campaign, source, municipalityId, organizationId, ct);
        if (figures is null)
        {
            return NotFound();
        }

        (municipalityId, organizationId) = (figures.MunicipalityId, figures.OrganizationId);
        var trail = new List<(string Title, string? Url)>();
        var url = $"/monitoring/{id}/dashboard?source={source}";
        if (scope.Level is ScopeLevel.Region or ScopeLevel.Global)
        {
            trail.Add(("Регион", url));
        }

        if (figures.Level == FigureLevel.Organization && municipalityId is { } m && scope.Level != ScopeLevel.Organization)
        {
            trail.Add(((await PublicNames.MunicipalitiesAsync(db, ct)).Of(m), $"{url}&municipalityId={m}"));
        }

        trail.Add((figures.Total.Name, null));
        // One organization's progress is its own form's status, shown on the form itself.
        var progress = organizationId is null ? await CampaignProgress.ByMunicipalityAsync(db, id, municipalityId, ct) : [];

        var recommendations = await db.Recommendations.AsNoTracking()
            .Where(r => r.CampaignId == id
                && (organizationId != null ? r.OrganizationId == organizationId : r.OrganizationId == null && r.MunicipalityId == municipalityId
                    && municipalityId != null))
            .OrderBy(r => r.Indicator).ToListAsync(ct);
        // A territory's sum of forms counts a person once per organization; the registry's figure, beside it, counts them once.
        var countedOnce = source == IndicatorSource.Declared && figures.Level != FigureLevel.Organization
            ? (await ScopeFigures.LoadAsync(db, campaign, IndicatorSource.Registry, municipalityId, null, ct))?.Total.Counts
            : null;
        var topics = await TopicParticipation.OfAsync(db, campaign.Year, municipalityId, organizationId, ct);
        return View(new DashboardModel(campaign, source, figures, trail, progress, recommendations,
            User.Allows(Policies.ManageRecommendations), countedOnce, topics, await RecommendationFollowUp.LoadAsync(db, campaign, source, figures, ct))
            {
                Order = order, Children = order.Apply(figures.Children),
                Trend = await IndicatorTrend.LoadAsync(db, campaign, source, municipalityId, organizationId, ct),
            });
    }

    /// <summary>The named people behind a registry count of one indicator, in the user's scope (<see cref="IndicatorPeople"/>).</summary>
    [HttpGet("{id:int}/people")]
    public async Task<IActionResult> People(int id, [FromQuery] PeopleFilter filter, CancellationToken ct)
    {
        var (campaign, passport, territory) = await PeopleOfAsync(id, filter, ct);
        if (campaign is null || passport is null)
        {
            return NotFound();
        }

        await access.ListAsync(AccessKind.IndicatorPeople, ct);
        return View(new PeopleModel(campaign, passport, filter, territory, await IndicatorPeople.PageAsync(db, campaign, filter, ct)));
    }

    [HttpGet("{id:int}/people/export")]
    public async Task<IActionResult> ExportPeople(int id, [FromQuery] PeopleFilter filter, CancellationToken ct)
    {
        var (campaign, passport, _) = await PeopleOfAsync(id, filter, ct);
        if (campaign is null || passport is null)
        {
            return NotFound();
        }

        await access.ListAsync(AccessKind.IndicatorPeople, ct);
        return this.Xlsx($"pokazatel-{filter.Indicator}-{campaign.Year}.xlsx", [await IndicatorPeople.SheetAsync(db, campaign, filter, ct)]);
    }

    /// <summary>The campaign, the indicator and the territory named by the filter, when all are there and in the user's scope.</summary>
    private async Task<(MonitoringCampaign? Campaign, IndicatorPassport? Passport, string? Territory)> PeopleOfAsync(int id, PeopleFilter filter,
        CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        var passport = Indicators.Passports.FirstOrDefault(p => p.Number == filter.Indicator);
        string? territory = filter.OrganizationId is { } o
            ? await db.Organizations.Where(x => x.Id == o).Select(x => x.ShortName ?? x.Name).FirstOrDefaultAsync(ct) ?? ""
            : filter.MunicipalityId is { } m ? await db.Municipalities.Where(x => x.Id == m).Select(x => x.Name).FirstOrDefaultAsync(ct) ?? "" : null;
        return campaign is null || passport is null || !RegistryIndicators.NamesPeople(filter.Indicator) || territory == ""
            ? (null, null, null) : (campaign, passport, territory);
    }
}

public sealed record DashboardModel(MonitoringCampaign Campaign, IndicatorSource Source, Figures Figures, IReadOnlyList<(string Title, string? Url)> Trail,
    IReadOnlyList<ProgressRow> Progress, IReadOnlyList<Recommendation> Recommendations, bool CanManageRecommendations, IndicatorCounts? CountedOnce = null,
    IReadOnlyList<TopicFigure>? Topics = null, IReadOnlyList<FollowUpRow>? FollowUp = null)
{
    public int? MunicipalityId => Figures.MunicipalityId;
    public int? OrganizationId => Figures.OrganizationId;

    /// <summary>How the territories under the total are listed (<see cref="FigureOrder"/>).</summary>
    public FigureOrder Order { get; init; } = new();

    /// <summary>The place's indicators in the earlier campaigns (<see cref="IndicatorTrend"/>).</summary>
    public IReadOnlyList<YearShares> Trend { get; init; } = [];

    /// <summary>The territories under the total, in <see cref="Order"/>.</summary>
    public IReadOnlyList<FigureRow> Children { get; init; } = Figures.Children;
}

public sealed record PeopleModel(MonitoringCampaign Campaign, IndicatorPassport Passport, PeopleFilter Filter, string? Territory, Page<PersonRow> People);
