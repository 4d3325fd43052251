using FluentValidation;
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
public sealed class CampaignsController(PortalDbContext db, IValidator<CampaignForm> validator, TimeProvider clock) : Controller
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
        var myFormId = await db.MonitoringForms.Where(f => f.CampaignId == id && f.OrganizationId == organizationId).Select(f => (int?)f.Id).FirstOrDefaultAsync(ct);
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
    public async Task<IActionResult> Create(CampaignForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        var regionId = User.Scope().RegionId;
        if (ModelState.IsValid && await db.MonitoringCampaigns.AnyAsync(c => c.Year == form.Year, ct))
        {
            ModelState.AddModelError(nameof(form.Year), $"Мониторинг за {form.Year} год уже есть.");
        }

        if (!ModelState.IsValid || regionId is null)
        {
            return View("Form", new CampaignFormModel(form, null));
        }

        var campaign = new MonitoringCampaign { RegionId = regionId.Value };
        form.ApplyTo(campaign, await ZoneAsync(ct));
        db.MonitoringCampaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Мониторинг за {campaign.Year} год подготовлен. Откройте его, когда формы можно заполнять.");
        return RedirectToAction(nameof(Details), new { id = campaign.Id });
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageCampaigns)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.FirstOrDefaultAsync(c => c.Id == id, ct);
        return campaign is null ? NotFound() : View("Form", new CampaignFormModel(CampaignForm.From(campaign, await ZoneAsync(ct)), campaign));
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageCampaigns)]
    public async Task<IActionResult> Edit(int id, CampaignForm form, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return NotFound();
        }

        form.Year = campaign.Year;
        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        if (campaign.Status == CampaignStatus.Closed)
        {
            ModelState.AddModelError("", "Закрытый мониторинг не изменяется.");
        }

        if (!ModelState.IsValid)
        {
            return View("Form", new CampaignFormModel(form, campaign));
        }

        form.ApplyTo(campaign, await ZoneAsync(ct));
        await db.SaveChangesAsync(ct);
        TempData.Success("Изменения сохранены.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Opening creates one form for every organization of the region that counts in indicators.</summary>
    [HttpPost("{id:int}/open")]
    [Authorize(Policies.ManageCampaigns)]
    public async Task<IActionResult> Open(int id, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return NotFound();
        }

        if (campaign.Status != CampaignStatus.Preparation)
        {
            TempData.Success("Мониторинг уже открыт.");
            return RedirectToAction(nameof(Details), new { id });
        }

        var existing = await db.MonitoringForms.Where(f => f.CampaignId == id).Select(f => f.OrganizationId).ToListAsync(ct);
        var organizations = await db.Organizations.Where(o => o.CountsInIndicators && o.RegionId == campaign.RegionId && !existing.Contains(o.Id))
            .Select(o => o.Id).ToListAsync(ct);
        foreach (var organizationId in organizations)
        {
            db.MonitoringForms.Add(new MonitoringForm
            {
                RegionId = campaign.RegionId, OrganizationId = organizationId, CampaignId = id, Declared = IndicatorCounts.OneOrganization,
            });
        }

        (campaign.Status, campaign.OpenedAt) = (CampaignStatus.Open, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData.Success($"Мониторинг за {campaign.Year} год открыт: создано форм — {organizations.Count}.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/close")]
    [Authorize(Policies.ManageCampaigns)]
    public async Task<IActionResult> Close(int id, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return NotFound();
        }

        if (campaign.Status == CampaignStatus.Open)
        {
            (campaign.Status, campaign.ClosedAt) = (CampaignStatus.Closed, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            TempData.Success($"Мониторинг за {campaign.Year} год закрыт: формы доступны только для чтения.");
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    private Task<TimeZoneInfo> ZoneAsync(CancellationToken ct) => RegionZone.OfAsync(db, User.Scope().RegionId, ct);
}

public sealed record CampaignRow(MonitoringCampaign Campaign, IReadOnlyDictionary<FormStatus, int> Forms);

public sealed record CampaignListModel(IReadOnlyList<CampaignRow> Campaigns, TimeZoneInfo Zone, bool CanManage);

public sealed record CampaignCardModel(MonitoringCampaign Campaign, IReadOnlyList<ProgressRow> Progress, TimeZoneInfo Zone, bool CanManage, int? MyFormId);

public sealed record CampaignFormModel(CampaignForm Form, MonitoringCampaign? Existing);
