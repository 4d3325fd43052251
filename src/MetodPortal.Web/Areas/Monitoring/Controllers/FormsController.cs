using FluentValidation;
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
public sealed class FormsController(
    PortalDbContext db, IValidator<FormInput> validator, IValidator<ReturnFormInput> returnValidator, IValidator<ReopenFormInput> reopenValidator, TimeProvider clock) : Controller
{
    [HttpGet("{campaignId:int}/forms")]
    public async Task<IActionResult> Index(int campaignId, [FromQuery] FormFilter filter, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return NotFound();
        }

        var query = db.MonitoringForms.AsNoTracking().Where(f => f.CampaignId == campaignId);
        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(f => f.Organization!.MunicipalityId == municipalityId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(f => f.Status == status);
        }

        if (filter.Late)
        {
            query = query.Where(f => f.IsLate);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(f => EF.Functions.ILike(RussianText.Folded(f.Organization!.Name), pattern, Like.Escape));
        }

        var page = await query.OrderBy(f => f.Organization!.MunicipalityId).ThenBy(f => f.Organization!.Name)
            .Select(f => new FormRow(f.Id, f.Organization!.Name, f.Organization.MunicipalityId, f.Status, f.SubmittedAt, f.IsLate))
            .ToPageAsync(filter.Page, ct);
        return View(new FormListModel(campaign, filter, page, await PublicNames.MunicipalitiesAsync(db, ct), await PublicNames.MunicipalityChoicesAsync(db, ct),
            await RegionZone.OfAsync(db, campaign.RegionId, ct)));
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
    public async Task<IActionResult> Save(int id, FormInput input, string? action, CancellationToken ct)
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

        var registry = await RegistryAsync(form, ct);
        if (action == "fill")
        {
            ModelState.Clear();
            TempData.Success("Значения заполнены из реестра. Проверьте их и сохраните форму.");
            return await CardView(form, FormInput.From(registry, input.DiscrepancyComment), ct, registry);
        }

        (await validator.ValidateAsync(input, ct)).CopyTo(ModelState);
        if (!ModelState.IsValid)
        {
            return await CardView(form, input, ct, registry);
        }

        db.ExpectVersion(form, input.Version);
        input.ApplyTo(form);
        var now = clock.GetUtcNow();
        if (action == "submit")
        {
            // Sending saves the values too, so a form not yet started is checked as the draft it becomes.
            var status = form.Status;
            form.Status = FormStatus.Draft;
            if (FormRules.SubmitError(form, form.Campaign!, registry) is { } error)
            {
                form.Status = status;
                ModelState.AddModelError(error.Contains("комментари", StringComparison.Ordinal) ? nameof(input.DiscrepancyComment) : "", error);
                return await CardView(form, input, ct, registry);
            }

            (form.Status, form.SubmittedAt, form.IsLate) = (FormStatus.Submitted, now, FormRules.IsLate(now, form.Campaign!));
            Record(form, now, form.IsLate ? "Отправлена после срока" : "Отправлена", null);
            TempData.Success(form.IsLate ? "Форма отправлена после срока сдачи: она отмечена как поданная с опозданием." : "Форма отправлена координатору.");
        }
        else
        {
            form.Status = form.Status == FormStatus.Returned ? FormStatus.Returned : FormStatus.Draft;
            Record(form, now, "Сохранён черновик", null);
            TempData.Success("Черновик сохранён.");
        }

        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("forms/{id:int}/accept")]
    [Authorize(Policies.ReviewMonitoringForms)]
    public Task<IActionResult> Accept(int id, uint? version, CancellationToken ct) =>
        Review(id, version, null, form => FormRules.AcceptError(form, form.Campaign!), FormStatus.Accepted, "Принята", null, "Форма принята.", ct);

    [HttpPost("forms/{id:int}/return")]
    [Authorize(Policies.ReviewMonitoringForms)]
    public async Task<IActionResult> Return(int id, ReturnFormInput input, uint? version, CancellationToken ct) =>
        await Review(id, version, await returnValidator.ValidateAsync(input, ct), form => FormRules.ReturnError(form, form.Campaign!, input.Comment), FormStatus.Returned,
            "Возвращена на доработку", input.Comment, "Форма возвращена организации с комментарием.", ct);

    [HttpPost("forms/{id:int}/reopen")]
    [Authorize(Policies.ReviewMonitoringForms)]
    public async Task<IActionResult> Reopen(int id, ReopenFormInput input, uint? version, CancellationToken ct) =>
        await Review(id, version, await reopenValidator.ValidateAsync(input, ct), form => FormRules.ReopenError(form, form.Campaign!, input.Comment), FormStatus.Returned,
            "Открыта заново", input.Comment, "Форма открыта заново: организация может её исправить и отправить.", ct);

    /// <param name="fields">The comment's own rules (its validator); then <paramref name="check"/>, the form's status and campaign.</param>
    private async Task<IActionResult> Review(int id, uint? version, FluentValidation.Results.ValidationResult? fields, Func<MonitoringForm, string?> check, FormStatus status,
        string action, string? comment, string done, CancellationToken ct)
    {
        var form = await LoadAsync(id, ct);
        if (form is null)
        {
            return NotFound();
        }

        fields?.CopyTo(ModelState);
        if (ModelState.IsValid && check(form) is { } error)
        {
            ModelState.AddModelError("", error);
        }

        if (!ModelState.IsValid)
        {
            return await CardView(form, FormInput.From(form.Declared, form.DiscrepancyComment), ct);
        }

        db.ExpectVersion(form, version);
        form.Status = status;
        if (comment is not null)
        {
            form.ReviewComment = comment.Trim();
        }

        Record(form, clock.GetUtcNow(), action, comment?.Trim());
        await db.SaveChangesAsync(ct);
        TempData.Success(done);
        return RedirectToAction(nameof(Details), new { id });
    }

    private void Record(MonitoringForm form, DateTimeOffset at, string action, string? comment) =>
        form.History.Add(new MonitoringFormEvent
        {
            RegionId = form.RegionId, OrganizationId = form.OrganizationId, At = at, UserId = User.UserIdOf(), UserName = User.Identity?.Name ?? "",
            Status = form.Status, Action = action, Comment = comment,
        });

    private Task<MonitoringForm?> LoadAsync(int id, CancellationToken ct) =>
        db.MonitoringForms.Include(f => f.Campaign).Include(f => f.Organization).Include(f => f.History)
            .AsSplitQuery().FirstOrDefaultAsync(f => f.Id == id, ct);

    /// <summary>The registry's counts for the form's organization, year and reporting date.</summary>
    private async Task<IndicatorCounts> RegistryAsync(MonitoringForm form, CancellationToken ct)
    {
        var c = form.Campaign!;
        var rows = await RegistryIndicators.ComputeAsync(db, c.RegionId, c.Year, c.ReportingDate, ct, form.OrganizationId);
        return rows.FirstOrDefault(r => r.Level == IndicatorLevel.Organization)?.Counts ?? IndicatorCounts.OneOrganization;
    }

    private async Task<IActionResult> CardView(MonitoringForm form, FormInput input, CancellationToken ct, IndicatorCounts? registry = null)
    {
        var campaign = form.Campaign!;
        var canFill = User.Allows(Policies.FillMonitoringForms) && FormRules.SaveError(form, campaign) is null;
        var canReview = User.Allows(Policies.ReviewMonitoringForms) && campaign.Status == CampaignStatus.Open;
        return View("Details", new FormCardModel(form, input, registry ?? await RegistryAsync(form, ct), canFill, canReview,
            await RegionZone.OfAsync(db, campaign.RegionId, ct)));
    }
}

public sealed class FormFilter
{
    public int? MunicipalityId { get; set; }
    public FormStatus? Status { get; set; }
    public bool Late { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record FormRow(int Id, string Organization, int? MunicipalityId, FormStatus Status, DateTimeOffset? SubmittedAt, bool IsLate);

public sealed record FormListModel(MonitoringCampaign Campaign, FormFilter Filter, Page<FormRow> Page, IReadOnlyDictionary<int, string> Municipalities,
    IReadOnlyList<Choice> MunicipalityChoices, TimeZoneInfo Zone);

public sealed record FormCardModel(MonitoringForm Form, FormInput Input, IndicatorCounts Registry, bool CanFill, bool CanReview, TimeZoneInfo Zone);
