using MetodPortal.Data;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Plan;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.Controllers;

/// <summary>A measure of a plan: its card with every occurrence and report; its form; an occurrence reported (with a file) or cancelled.</summary>
[Area("Plan")]
[Route("plan")]
[Authorize(Policies.ReadPlan)]
public sealed class PlanMeasuresController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("measures/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => await CardAsync(id, null, ct);

    [HttpGet("{planId:int}/measures/new")]
    [Authorize(Policies.ManagePlan)]
    public async Task<IActionResult> Create(int planId, CancellationToken ct) =>
        await db.MeasurePlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct) is { } plan
            ? await FormView(plan, null, new MeasureForm { Deadline = DeadlineKind.Yearly }, ct)
            : NotFound();

    [HttpPost("{planId:int}/measures/new")]
    [Authorize(Policies.ManagePlan)]
    public async Task<IActionResult> Create(int planId, MeasureForm form, [FromServices] SaveMeasure save, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await save.HandleAsync(planId, null, form, ct), done => Redirect($"/plan/measures/{done.Id}"),
            async () => await FormView(await db.MeasurePlans.AsNoTracking().FirstAsync(p => p.Id == planId, ct), null, form, ct));

    [HttpGet("measures/{id:int}/edit")]
    [Authorize(Policies.ManagePlan)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var measure = await db.PlanMeasures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        var plan = measure is null ? null : await db.MeasurePlans.AsNoTracking().FirstAsync(p => p.Id == measure.PlanId, ct);
        return plan is null ? NotFound() : await FormView(plan, id, MeasureForm.Of(measure!), ct);
    }

    [HttpPost("measures/{id:int}/edit")]
    [Authorize(Policies.ManagePlan)]
    public async Task<IActionResult> Edit(int id, MeasureForm form, [FromServices] SaveMeasure save, CancellationToken ct)
    {
        var planId = await db.PlanMeasures.Where(m => m.Id == id).Select(m => (int?)m.PlanId).FirstOrDefaultAsync(ct);
        return planId is null ? NotFound()
            : await this.AnswerOnFormAsync(await save.HandleAsync(planId.Value, id, form, ct), _ => Redirect($"/plan/measures/{id}"),
                async () => await FormView(await db.MeasurePlans.AsNoTracking().FirstAsync(p => p.Id == planId, ct), id, form, ct));
    }

    [HttpPost("occurrences/{id:int}/report")]
    [Authorize(Policies.ReportMeasures)]
    [RequestSizeLimit(Uploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
    public async Task<IActionResult> Report(int id, OccurrenceReportForm form, IFormFile? file, [FromServices] ReportOccurrence report,
        CancellationToken ct) =>
        await AnswerAsync(id, await report.HandleAsync(id, form, file, ct), ct);

    [HttpPost("occurrences/{id:int}/cancel")]
    [Authorize(Policies.ManagePlan)]
    public async Task<IActionResult> Cancel(int id, [FromForm] string? reason, [FromServices] CancelOccurrence cancel, CancellationToken ct) =>
        await AnswerAsync(id, await cancel.HandleAsync(id, reason, ct), ct);

    [HttpGet("occurrences/{id:int}/file")]
    public async Task<IActionResult> Download(int id, CancellationToken ct)
    {
        var occurrence = await db.MeasureOccurrences.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.Content != null, ct);
        return occurrence is null ? NotFound() : File(occurrence.Content!, occurrence.ContentType!, occurrence.FileName);
    }

    /// <summary>A step on an occurrence: back to its measure's card, or the card again with the reason (409).</summary>
    private async Task<IActionResult> AnswerAsync(int occurrenceId, Outcome outcome, CancellationToken ct) =>
        await this.AnswerAsync(outcome, done => Redirect($"/plan/measures/{done.Id}#occurrence-{occurrenceId}"), refused: async reason =>
        {
            db.ChangeTracker.Clear();
            var measureId = await db.MeasureOccurrences.Where(o => o.Id == occurrenceId).Select(o => o.MeasureId).FirstAsync(ct);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await CardAsync(measureId, reason, ct);
        });

    private async Task<IActionResult> CardAsync(int id, string? refusal, CancellationToken ct)
    {
        var measure = await db.PlanMeasures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null)
        {
            return NotFound();
        }

        var plan = await db.MeasurePlans.AsNoTracking().FirstAsync(p => p.Id == measure.PlanId, ct);
        var occurrences = await db.MeasureOccurrences.AsNoTracking().Where(o => o.MeasureId == id).OrderBy(o => o.Due)
            .Select(o => new MeasureOccurrence
            {
                Id = o.Id, Key = o.Key, Period = o.Period, Due = o.Due, Status = o.Status, DoneOn = o.DoneOn, Report = o.Report, Link = o.Link,
                FileName = o.FileName, ReportedBy = o.ReportedBy, CampaignId = o.CampaignId,
            }).ToListAsync(ct);
        var today = await RegionZone.TodayAsync(db, measure.RegionId, clock, ct);
        var figure = (await PlanFigures.OfAsync(db, plan, [measure], today, ct)).GetValueOrDefault(id);
        var responsible = await PublicNames.OrganizationsAsync(db, measure.ResponsibleIds, ct);
        var executors = await db.Users.AsNoTracking().Where(u => measure.ExecutorUserIds.Contains(u.Id)).Select(u => u.FullName).ToListAsync(ct);
        return View("Details", new MeasureCardModel(plan, measure, occurrences, figure, [.. responsible.Values], executors, today,
            User.Allows(Policies.ReportMeasures), User.Allows(Policies.ManagePlan), refusal));
    }

    private async Task<IActionResult> FormView(MeasurePlan plan, int? id, MeasureForm form, CancellationToken ct)
    {
        var organizations = await Workplaces.OrganizationChoicesAsync(db, ct, o => o.Level != Domain.Organizations.OrganizationLevel.Institutional);
        string[] executorRoles = [Roles.Ministry, Roles.RegionalMethodist, Roles.Coordinator, Roles.Methodist];
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive && u.RegionId == plan.RegionId
                && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && executorRoles.Contains(x.Name!))))
            .OrderBy(u => u.FullName).Select(u => new Choice(u.Id, u.FullName)).ToListAsync(ct);
        return View("Form", new MeasureFormModel(plan, id, form, organizations, users));
    }
}

public sealed record MeasureCardModel(MeasurePlan Plan, PlanMeasure Measure, IReadOnlyList<MeasureOccurrence> Occurrences, TargetFigure? Figure,
    IReadOnlyList<string> ResponsibleOrganizations, IReadOnlyList<string> Executors, DateOnly Today, bool CanReport, bool CanManage, string? Refusal);

public sealed record MeasureFormModel(MeasurePlan Plan, int? Id, MeasureForm Form, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Users);
