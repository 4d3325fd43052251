using MetodPortal.Data;
using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.Controllers;

/// <summary>
/// The organizations' monitoring forms: the school administrator fills and sends its form, the coordinator (the
/// ministry for regional organizations) accepts or returns it. A form outside the user's scope is not found.
/// </summary>
[Area("Monitoring")]
[Route("monitoring")]
[Authorize(Policies.ReadMonitoring)]
public sealed class FormsController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("{campaignId:int}/forms")]
    public async Task<IActionResult> Index(int campaignId, [FromQuery] FormFilter filter, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return NotFound();
        }

        var page = await ListForms.PageAsync(db, campaign, filter, clock.GetUtcNow(), ct);
        return View(new FormListModel(campaign, filter, page, await PublicNames.MunicipalitiesAsync(db, ct), await PublicNames.MunicipalityChoicesAsync(db, ct),
            await RegionZone.OfAsync(db, campaign.RegionId, ct)));
    }

    /// <summary>The forms of the filter in Excel, each declared count beside the registry's.</summary>
    [HttpGet("{campaignId:int}/forms/export")]
    public async Task<IActionResult> Export(int campaignId, [FromQuery] FormFilter filter,
        [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        var campaign = await reads.MonitoringCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        return campaign is null ? NotFound()
            : this.Xlsx($"formy-monitoringa-{campaign.Year}.xlsx", [await ListForms.SheetAsync(reads, campaign, filter, clock.GetUtcNow(), ct)]);
    }

    [HttpGet("forms/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var form = await LoadAsync(id, ct);
        return form is null ? NotFound() : await CardView(form, FormInput.From(form.Declared, form.DiscrepancyComment), ct);
    }

    /// <summary>
    /// The administrator's one form with three buttons: fill from the registry (shown, not saved), save as a draft, or
    /// save and send. Values are checked first; a refused step changes nothing.
    /// </summary>
    [HttpPost("forms/{id:int}")]
    [Authorize(Policies.FillMonitoringForms)]
    public async Task<IActionResult> Save(int id, FormInput input, string? action, [FromServices] SaveFormDraft draft,
        [FromServices] SubmitForm submit, CancellationToken ct)
    {
        if (action == "fill")
        {
            return await FillAsync(id, input, ct);
        }

        var outcome = action == "submit" ? await submit.HandleAsync(id, input, Actor, ct) : await draft.HandleAsync(id, input, Actor, ct);
        return await AnswerAsync(id, outcome, input, ct);
    }

    [HttpPost("forms/{id:int}/accept")]
    [Authorize(Policies.ReviewMonitoringForms)]
    public async Task<IActionResult> Accept(int id, uint? version, [FromServices] AcceptForm accept, CancellationToken ct) =>
        await AnswerAsync(id, await accept.HandleAsync(id, version, Actor, ct), null, ct);

    [HttpPost("forms/{id:int}/return")]
    [Authorize(Policies.ReviewMonitoringForms)]
    public async Task<IActionResult> Return(int id, ReturnFormInput input, uint? version, [FromServices] ReturnForm returnForm, CancellationToken ct) =>
        await AnswerAsync(id, await returnForm.HandleAsync(id, input, version, Actor, ct), null, ct);

    [HttpPost("forms/{id:int}/reopen")]
    [Authorize(Policies.ReviewMonitoringForms)]
    public async Task<IActionResult> Reopen(int id, ReopenFormInput input, uint? version, [FromServices] ReopenForm reopen, CancellationToken ct) =>
        await AnswerAsync(id, await reopen.HandleAsync(id, input, version, Actor, ct), null, ct);

    private FormActor Actor => new(User.UserIdOf(), User.Identity?.Name ?? "");

    /// <summary>Fill from the registry: the values shown, not saved, for the administrator to check and save.</summary>
    private async Task<IActionResult> FillAsync(int id, FormInput input, CancellationToken ct)
    {
        var form = await LoadAsync(id, ct);
        if (form is null)
        {
            return NotFound();
        }

        if (FormRules.SaveError(form, form.Campaign!) is { } refused)
        {
            ModelState.AddModelError("", refused);
            return await CardView(form, input, ct);
        }

        // The inputs show the registry's values, not the posted ones.
        ModelState.Clear();
        var registry = await SubmitForm.RegistryAsync(db, form, ct);
        TempData.Success("Значения заполнены из реестра. Проверьте их и сохраните форму.");
        return await CardView(form, FormInput.From(registry, input.DiscrepancyComment), ct, registry);
    }

    /// <summary>A step's outcome on the form's card: done goes back to it; refused or invalid shows it again (as posted, or as stored) with the
    /// reasons.</summary>
    private async Task<IActionResult> AnswerAsync(int id, Outcome outcome, FormInput? posted, CancellationToken ct)
    {
        async Task<IActionResult> Card()
        {
            db.ChangeTracker.Clear();
            var form = (await LoadAsync(id, ct))!;
            return await CardView(form, posted ?? FormInput.From(form.Declared, form.DiscrepancyComment), ct);
        }

        return await this.AnswerOnFormAsync(outcome, _ => RedirectToAction(nameof(Details), new { id }), Card);
    }

    private Task<MonitoringForm?> LoadAsync(int id, CancellationToken ct) => SaveFormDraft.LoadAsync(db, id, ct);

    private async Task<IActionResult> CardView(MonitoringForm form, FormInput input, CancellationToken ct, IndicatorCounts? registry = null)
    {
        var campaign = form.Campaign!;
        var canFill = User.Allows(Policies.FillMonitoringForms) && FormRules.SaveError(form, campaign) is null;
        var canReview = User.Allows(Policies.ReviewMonitoringForms) && campaign.Status == CampaignStatus.Open;
        return View("Details", new FormCardModel(form, input, registry ?? await SubmitForm.RegistryAsync(db, form, ct), canFill, canReview,
            await RegionZone.OfAsync(db, campaign.RegionId, ct)));
    }
}

public sealed record FormListModel(MonitoringCampaign Campaign, FormFilter Filter, Page<FormRow> Page, IReadOnlyDictionary<int, string> Municipalities,
    IReadOnlyList<Choice> MunicipalityChoices, TimeZoneInfo Zone);

public sealed record FormCardModel(MonitoringForm Form, FormInput Input, IndicatorCounts Registry, bool CanFill, bool CanReview, TimeZoneInfo Zone);
