using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Web.Areas.Events.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using EventForm = MetodPortal.Web.Areas.Events.UseCases.EventForm;

namespace MetodPortal.Web.Areas.Events.Controllers;

/// <summary>
/// The navigator of methodical events: read by everyone in the region; an event is kept inside its organizer's subtree;
/// participations are recorded for educators in the user's scope (a teacher sees only their own).
/// </summary>
[Area("Events")]
[Route("events")]
[Authorize(Policies.ReadEvents)]
public sealed class EventsController(PortalDbContext db, RecordAccess access, AccessLog accessLog, TimeProvider clock) : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] NavigatorFilter filter, CancellationToken ct) =>
        View(new NavigatorModel(filter, await Navigator.PageAsync(db, filter, Today, ct), await PublicNames.MunicipalityChoicesAsync(db, ct),
            User.Allows(Policies.ManageEvents)));

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] NavigatorFilter filter, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        await accessLog.ListAsync(AccessKind.ListExport, ct);
        return this.Xlsx($"meropriyatiya-{Today:yyyy-MM-dd}.xlsx", await Navigator.SheetsAsync(reads, filter, Today, ct));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var e = await db.MethodicalEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return NotFound();
        }

        var participants = await db.EventParticipations.AsNoTracking().Where(p => p.EventId == id)
            .OrderBy(p => p.Role).ThenBy(p => p.Educator!.LastName).ThenBy(p => p.Educator!.FirstName)
            .Select(p => new ParticipantRow(p.Id, p.EducatorId, p.Educator!.FullName,
                p.Organization!.ShortName ?? p.Organization.Name, p.Role))
            .ToListAsync(ct);
        var organizer = await PublicNames.OrganizationsAsync(db, [e.OrganizationId], ct);
        return View(new EventCardModel(e, organizer.Of(e.OrganizationId), participants, await access.MayManageAsync(e),
            User.Allows(Policies.RecordParticipations)));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManageEvents)]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        await FormView(new EventForm { OrganizationId = User.OrganizationIdOf(), StartsOn = Today.AddDays(14), Level = SupportLevel.Municipal }, null, ct);

    [HttpPost("create")]
    [Authorize(Policies.ManageEvents)]
    public async Task<IActionResult> Create(EventForm form, [FromServices] ScheduleEvent schedule, CancellationToken ct) =>
        await this.AnswerAsync(await schedule.HandleAsync(form, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }),
            () => FormView(form, null, ct));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageEvents)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var e = await ManagedEvent.LoadAsync(db, access, id, ct);
        return e is null ? NotFound() : await FormView(EventForm.From(e), e, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageEvents)]
    public async Task<IActionResult> Edit(int id, EventForm form, [FromServices] ReviseEvent revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }),
            async () => await FormView(form, await db.MethodicalEvents.AsNoTracking().FirstAsync(e => e.Id == id, ct), ct));

    [HttpGet("{id:int}/delete")]
    [Authorize(Policies.ManageEvents)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var e = await ManagedEvent.LoadAsync(db, access, id, ct);
        if (e is null)
        {
            return NotFound();
        }

        var participants = await DeleteEvent.ParticipantsAsync(db, id, ct);
        return View("Confirm", new ConfirmModel("Удаление мероприятия", $"Мероприятие «{e.Title}» ({Display.Date(e.StartsOn)}) будет удалено из навигатора.",
            $"/events/{id}/delete", $"/events/{id}", [("Мероприятия", "/events"), (e.Title, $"/events/{id}")],
            Refusal: participants > 0 ? DeleteEvent.HasParticipants(participants) : null));
    }

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManageEvents)]
    public async Task<IActionResult> DeleteConfirmed(int id, [FromServices] DeleteEvent delete, CancellationToken ct) =>
        await this.AnswerAsync(await delete.HandleAsync(id, ct), _ => RedirectToAction(nameof(Index)),
            refused: _ => Task.FromResult<IActionResult>(RedirectToAction(nameof(Delete), new { id })));

    [HttpGet("{id:int}/participants/add")]
    [Authorize(Policies.RecordParticipations)]
    public async Task<IActionResult> AddParticipant(int id, int? organizationId, CancellationToken ct)
    {
        var e = await db.MethodicalEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null || (organizationId is { } named && !await Workplaces.Of(db).AnyAsync(o => o.Id == named, ct)))
        {
            return NotFound();
        }

        return await ParticipantView(e, new ParticipationForm { OrganizationId = organizationId }, ct);
    }

    [HttpPost("{id:int}/participants/add")]
    [Authorize(Policies.RecordParticipations)]
    public async Task<IActionResult> AddParticipant(int id, ParticipationForm form, [FromServices] RecordParticipation record, CancellationToken ct) =>
        await this.AnswerAsync(await record.HandleAsync(id, form, ct), _ => Redirect($"/events/{id}/participants/add?organizationId={form.OrganizationId}"),
            () => ParticipantView(form.Event!, form, ct));

    [HttpPost("{id:int}/participants/{participationId:int}/delete")]
    [Authorize(Policies.RecordParticipations)]
    public async Task<IActionResult> DeleteParticipant(int id, int participationId, [FromServices] DeleteParticipation delete, CancellationToken ct) =>
        await this.AnswerAsync(await delete.HandleAsync(id, participationId, ct), _ => RedirectToAction(nameof(Details), new { id }));

    private async Task<IActionResult> FormView(EventForm form, MethodicalEvent? existing, CancellationToken ct)
    {
        var organizers = await db.Organizations.AsNoTracking().OrderBy(o => o.Level).ThenBy(o => o.Name).Select(o => new Choice(o.Id, o.ShortName
            ?? o.Name)).ToListAsync(ct);
        return View("Form", new EventFormModel(form, existing, organizers));
    }

    private async Task<IActionResult> ParticipantView(MethodicalEvent e, ParticipationForm form, CancellationToken ct)
    {
        var organizations = await Workplaces.ChoicesAsync(db, ct);
        var staff = form.OrganizationId is { } orgId && organizations.Any(o => o.Id == orgId)
            ? await Workplaces.StaffChoicesAsync(db, orgId, e.StartsOn, e.EndsOn, ct)
            : [];
        var taken = (await db.EventParticipations.AsNoTracking().Where(p => p.EventId == e.Id).Select(p => p.EducatorId).ToListAsync(ct)).ToHashSet();
        return View("ParticipantForm", new ParticipantFormModel(e, form, organizations, [.. staff.Where(s => !taken.Contains(s.Id))]));
    }
}

public sealed record NavigatorModel(NavigatorFilter Filter, Page<EventRow> Page, IReadOnlyList<Choice> Municipalities, bool CanManage);

public sealed record ParticipantRow(int Id, int EducatorId, string Name, string Organization, ParticipationRole Role);

public sealed record EventCardModel(MethodicalEvent Event, string Organizer, IReadOnlyList<ParticipantRow> Participants, bool CanManage, bool CanRecord);

public sealed record EventFormModel(EventForm Form, MethodicalEvent? Existing, IReadOnlyList<Choice> Organizers);

public sealed record ParticipantFormModel(MethodicalEvent Event, ParticipationForm Form, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Staff);
