using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.Controllers;

/// <summary>The annual monitoring campaigns of the user's region: the ministry prepares, opens and closes them; others follow the progress in scope.</summary>
[Area("Monitoring")]
[Route("monitoring")]
[Authorize(Policies.ReadMonitoring)]
public sealed class CampaignsController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var campaigns = await db.MonitoringCampaigns.AsNoTracking().OrderByDescending(c => c.Year).ToListAsync(ct);
        var forms = await db.MonitoringForms.AsNoTracking().GroupBy(f => new { f.CampaignId, f.Status })
            .Select(g => new { g.Key.CampaignId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var rows = campaigns.Select(c => new CampaignRow(c,
            forms.Where(f => f.CampaignId == c.Id).ToDictionary(f => f.Status, f => f.Count))).ToList();
        return View(new CampaignListModel(rows, await ZoneAsync(ct), User.Allows(Policies.ManageCampaigns)));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return NotFound();
        }

        var rows = await CampaignProgress.ByMunicipalityAsync(db, id, null, ct);
        var organizationId = User.OrganizationIdOf();
        var myFormId = await db.MonitoringForms.Where(f => f.CampaignId == id
            && f.OrganizationId == organizationId).Select(f => (int?)f.Id).FirstOrDefaultAsync(ct);
        return View(new CampaignCardModel(campaign, rows, await ZoneAsync(ct), User.Allows(Policies.ManageCampaigns), myFormId));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManageCampaigns)]
    public IActionResult Create()
    {
        var year = clock.Today().Year;
        return View("Form", new CampaignFormModel(new CampaignForm
        {
            Year = year, ReportingDate = new DateOnly(year, 12, 31), DeadlineDate = new DateOnly(year + 1, 1, 20),
        }, null));
    }

    [HttpPost("create")]
    [Authorize(Policies.ManageCampaigns)]
    public async Task<IActionResult> Create(CampaignForm form, [FromServices] PrepareCampaign prepare, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await prepare.HandleAsync(form, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }),
            () => Task.FromResult<IActionResult>(View("Form", new CampaignFormModel(form, null))));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageCampaigns)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.FirstOrDefaultAsync(c => c.Id == id, ct);
        return campaign is null ? NotFound() : View("Form", new CampaignFormModel(CampaignForm.From(campaign, await ZoneAsync(ct)), campaign));
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageCampaigns)]
    public async Task<IActionResult> Edit(int id, CampaignForm form, [FromServices] ReviseCampaign revise, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }),
            async () => View("Form", new CampaignFormModel(form, await db.MonitoringCampaigns.AsNoTracking().FirstAsync(c => c.Id == id, ct))));

    /// <summary>Opening creates one form for every organization of the region that counts in indicators.</summary>
    [HttpPost("{id:int}/open")]
    [Authorize(Policies.ManageCampaigns)]
    public async Task<IActionResult> Open(int id, [FromServices] OpenCampaign open, CancellationToken ct) =>
        await StepAsync(id, await open.HandleAsync(id, ct));

    [HttpPost("{id:int}/close")]
    [Authorize(Policies.ManageCampaigns)]
    public async Task<IActionResult> Close(int id, [FromServices] CloseCampaign close, CancellationToken ct) =>
        await StepAsync(id, await close.HandleAsync(id, ct));

    /// <summary>A step of the campaign goes back to its card, with the reason in amber when it was not taken.</summary>
    private Task<IActionResult> StepAsync(int id, Outcome outcome) =>
        this.AnswerAsync(outcome, _ => RedirectToAction(nameof(Details), new { id }), refused: refusal =>
        {
            TempData.Warning(refusal);
            return Task.FromResult<IActionResult>(RedirectToAction(nameof(Details), new { id }));
        });

    private Task<TimeZoneInfo> ZoneAsync(CancellationToken ct) => RegionZone.OfAsync(db, User.Scope().RegionId, ct);
}

public sealed record CampaignRow(MonitoringCampaign Campaign, IReadOnlyDictionary<FormStatus, int> Forms);

public sealed record CampaignListModel(IReadOnlyList<CampaignRow> Campaigns, TimeZoneInfo Zone, bool CanManage);

public sealed record CampaignCardModel(MonitoringCampaign Campaign, IReadOnlyList<ProgressRow> Progress, TimeZoneInfo Zone, bool CanManage, int? MyFormId);

public sealed record CampaignFormModel(CampaignForm Form, MonitoringCampaign? Existing);
