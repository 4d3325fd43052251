using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Events;
using MetodPortal.Web.Choices;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Events.UseCases;

public sealed class ParticipationForm
{
    public int? OrganizationId { get; set; }
    public int? EducatorId { get; set; }
    public ParticipationRole Role { get; set; } = ParticipationRole.Participant;

    /// <summary>The event, set by <see cref="RecordParticipation"/> (never posted): the rules against the records need it.</summary>
    [BindNever]
    public MethodicalEvent? Event { get; set; }
}

/// <summary>The fields of a participation, and against the records: employed at the organization during the event, not recorded twice, a role the
/// event has.</summary>
public sealed class ParticipationFormValidator : AbstractValidator<ParticipationForm>
{
    public ParticipationFormValidator(PortalDbContext db)
    {
        RuleFor(f => f.OrganizationId).NotNull().WithMessage("Выберите организацию из списка.");
        RuleFor(f => f.EducatorId).NotNull().WithMessage("Выберите педагога, работавшего в организации во время мероприятия.");
        RuleFor(f => f.Role).IsInEnum().WithMessage("Выберите роль из списка.")
            .Must((f, role) => EventRules.RoleError(f.Event!,
                role) is null).When(f => f.Event is not null).WithMessage(f => EventRules.RoleError(f.Event!, f.Role));
        RuleFor(f => f.EducatorId).CustomAsync(async (educatorId, context, ct) =>
        {
            var (f, e) = (context.InstanceToValidate, context.InstanceToValidate.Event!);
            if (!await db.Employments.AnyAsync(x => x.OrganizationId == f.OrganizationId && x.EducatorId == educatorId
                && (x.StartDate == null || x.StartDate <= e.EndsOn) && (x.EndDate == null || x.EndDate >= e.StartsOn), ct))
            {
                context.AddFailure("Выберите педагога, работавшего в организации во время мероприятия.");
            }
            else if (await db.EventParticipations.AnyAsync(p => p.EventId == e.Id && p.EducatorId == educatorId, ct))
            {
                context.AddFailure("Участие этого педагога уже записано.");
            }
        }).When(f => f is { Event: not null, OrganizationId: not null, EducatorId: not null });
    }
}

/// <summary>
/// Recording that an educator of the user's scope took part in an event of the navigator (any event the user reads:
/// schools record their teachers at regional and neighbouring events too).
/// </summary>
public sealed class RecordParticipation(PortalDbContext db, IValidator<ParticipationForm> validator, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, ParticipationForm form, CancellationToken ct)
    {
        var e = await db.MethodicalEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null || (form.OrganizationId is { } named && !await Workplaces.Of(db).AnyAsync(o => o.Id == named, ct)))
        {
            return Outcome.NotFound;
        }

        form.Event = e;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var reported = await AddAsync(db, e, form, clock.Today(), ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Участие записано." + (reported ? RecordedEvidence.ReportedNote : ""));
    }

    /// <summary>Adds a checked participation, and reports the ИОМ items it closes; the caller saves (one participant or many).</summary>
    public static async Task<bool> AddAsync(PortalDbContext db, MethodicalEvent e, ParticipationForm form, DateOnly today, CancellationToken ct)
    {
        var participation = new EventParticipation
        {
            RegionId = e.RegionId, EventId = e.Id, OrganizationId = form.OrganizationId!.Value, EducatorId = form.EducatorId!.Value, Role = form.Role,
        };
        db.EventParticipations.Add(participation);
        return await RecordedEvidence.ReportAsync(db, participation.EducatorId, i => i.EventId == e.Id,
            new RecordEvidence($"Участие в мероприятии «{e.Title}» ({Display.Date(e.StartsOn)}, {participation.Role.Name()})", Participation: participation),
            today, ct);
    }
}
