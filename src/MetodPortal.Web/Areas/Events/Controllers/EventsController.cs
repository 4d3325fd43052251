using FluentValidation;
using MetodPortal.Data;
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
public sealed class EventsController(PortalDbContext db, IValidator<EventForm> validator, IValidator<ParticipationForm> participationValidator, TimeProvider clock)
    : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] NavigatorFilter filter, CancellationToken ct) =>
        View(new NavigatorModel(filter, await Navigator.PageAsync(db, filter, Today, ct), await PublicNames.MunicipalityChoicesAsync(db, ct),
            User.Allows(Policies.ManageEvents)));

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
        return View(new EventCardModel(e, organizer.Of(e.OrganizationId), participants, await ManagesAsync(e, ct), User.Allows(Policies.RecordParticipations)));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManageEvents)]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        await FormView(new EventForm { OrganizationId = User.OrganizationIdOf(), StartsOn = Today.AddDays(14), Level = SupportLevel.Municipal }, null, ct);

    [HttpPost("create")]
    [Authorize(Policies.ManageEvents)]
    public async Task<IActionResult> Create(EventForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        var organizer = form.OrganizationId is { } orgId ? await db.Organizations.FirstOrDefaultAsync(o => o.Id == orgId, ct) : null;
        if (organizer is null)
        {
            ModelState.AddModelError(nameof(form.OrganizationId), "Выберите организатора.");
        }
        else if (form.Level is { } level && CommunityRules.OwnerError(level, organizer) is { } error)
        {
            ModelState.AddModelError(nameof(form.Level), error);
        }

        if (!ModelState.IsValid)
        {
            return await FormView(form, null, ct);
        }

        var e = new MethodicalEvent { RegionId = organizer!.RegionId, OrganizationId = organizer.Id, MunicipalityId = organizer.MunicipalityId };
        form.ApplyTo(e);
        db.MethodicalEvents.Add(e);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Мероприятие «{e.Title}» добавлено в навигатор.");
        return RedirectToAction(nameof(Details), new { id = e.Id });
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageEvents)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var e = await ManagedAsync(id, ct);
        return e is null ? NotFound() : await FormView(EventForm.From(e), e, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageEvents)]
    public async Task<IActionResult> Edit(int id, EventForm form, CancellationToken ct)
    {
        var e = await ManagedAsync(id, ct);
        if (e is null)
        {
            return NotFound();
        }

        form.OrganizationId = e.OrganizationId;
        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        var organizer = await db.Organizations.FirstAsync(o => o.Id == e.OrganizationId, ct);
        if (form.Level is { } level && CommunityRules.OwnerError(level, organizer) is { } error)
        {
            ModelState.AddModelError(nameof(form.Level), error);
        }

        if (form.Kind != Domain.Events.EventForm.Contest && await db.EventParticipations.AnyAsync(p => p.EventId == id && p.Role == ParticipationRole.Winner, ct))
        {
            ModelState.AddModelError(nameof(form.Kind), "Среди участников есть победители: мероприятие остаётся конкурсом.");
        }

        if (!ModelState.IsValid)
        {
            return await FormView(form, e, ct);
        }

        form.ApplyTo(e);
        await db.SaveChangesAsync(ct);
        TempData.Success("Изменения сохранены.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/delete")]
    [Authorize(Policies.ManageEvents)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var e = await ManagedAsync(id, ct);
        if (e is null)
        {
            return NotFound();
        }

        var participants = await AllParticipantsAsync(id, ct);
        return View("Confirm", new ConfirmModel("Удаление мероприятия", $"Мероприятие «{e.Title}» ({Display.Date(e.StartsOn)}) будет удалено из навигатора.",
            $"/events/{id}/delete", $"/events/{id}", [("Мероприятия", "/events"), (e.Title, $"/events/{id}")],
            Refusal: participants > 0 ? $"У мероприятия есть участники ({participants}): оно уже учтено в показателях. Удалите сначала записи об участии." : null));
    }

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManageEvents)]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        var e = await ManagedAsync(id, ct);
        if (e is null)
        {
            return NotFound();
        }

        if (await AllParticipantsAsync(id, ct) > 0)
        {
            return RedirectToAction(nameof(Delete), new { id });
        }

        db.MethodicalEvents.Remove(e);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Мероприятие «{e.Title}» удалено.");
        return RedirectToAction(nameof(Index));
    }

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
    public async Task<IActionResult> AddParticipant(int id, ParticipationForm form, CancellationToken ct)
    {
        var e = await db.MethodicalEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return NotFound();
        }

        if (form.OrganizationId is { } named && !await Workplaces.Of(db).AnyAsync(o => o.Id == named, ct))
        {
            return NotFound();
        }

        (await participationValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        if (form is { OrganizationId: { } orgId, EducatorId: { } educatorId })
        {
            if (!await db.Employments.AnyAsync(x => x.OrganizationId == orgId && x.EducatorId == educatorId
                && (x.StartDate == null || x.StartDate <= e.EndsOn) && (x.EndDate == null || x.EndDate >= e.StartsOn), ct))
            {
                ModelState.AddModelError(nameof(form.EducatorId), "Выберите педагога, работавшего в организации во время мероприятия.");
            }
            else if (await db.EventParticipations.AnyAsync(p => p.EventId == id && p.EducatorId == educatorId, ct))
            {
                ModelState.AddModelError(nameof(form.EducatorId), "Участие этого педагога уже записано.");
            }
        }

        if (EventRules.RoleError(e, form.Role) is { } roleError)
        {
            ModelState.AddModelError(nameof(form.Role), roleError);
        }

        if (!ModelState.IsValid)
        {
            return await ParticipantView(e, form, ct);
        }

        db.EventParticipations.Add(new EventParticipation
        {
            RegionId = e.RegionId, EventId = id, OrganizationId = form.OrganizationId!.Value, EducatorId = form.EducatorId!.Value, Role = form.Role,
        });
        await db.SaveChangesAsync(ct);
        TempData.Success("Участие записано.");
        return Redirect($"/events/{id}/participants/add?organizationId={form.OrganizationId}");
    }

    [HttpPost("{id:int}/participants/{participationId:int}/delete")]
    [Authorize(Policies.RecordParticipations)]
    public async Task<IActionResult> DeleteParticipant(int id, int participationId, CancellationToken ct)
    {
        var participation = await db.EventParticipations.FirstOrDefaultAsync(p => p.Id == participationId && p.EventId == id, ct);
        if (participation is null)
        {
            return NotFound();
        }

        db.EventParticipations.Remove(participation);
        await db.SaveChangesAsync(ct);
        TempData.Success("Запись об участии удалена.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>An event the user may change: its organizer lies inside the user's subtree (reading it region-wide is not enough).</summary>
    private async Task<MethodicalEvent?> ManagedAsync(int id, CancellationToken ct)
    {
        var e = await db.MethodicalEvents.FirstOrDefaultAsync(x => x.Id == id, ct);
        return e is not null && await ManagesAsync(e, ct) ? e : null;
    }

    /// <summary>
    /// Participants from the whole region, not only the user's scope (listed in docs/architecture.md): schools elsewhere
    /// record their teachers at a regional or neighbouring event, and a delete must not take their records with it.
    /// </summary>
    private Task<int> AllParticipantsAsync(int id, CancellationToken ct) =>
        db.EventParticipations.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).CountAsync(p => p.EventId == id, ct);

    private async Task<bool> ManagesAsync(MethodicalEvent e, CancellationToken ct) =>
        User.Allows(Policies.ManageEvents) && await db.Organizations.AnyAsync(o => o.Id == e.OrganizationId, ct);

    private async Task<IActionResult> FormView(EventForm form, MethodicalEvent? existing, CancellationToken ct)
    {
        var organizers = await db.Organizations.AsNoTracking().OrderBy(o => o.Level).ThenBy(o => o.Name).Select(o => new Choice(o.Id, o.ShortName ?? o.Name)).ToListAsync(ct);
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
