using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Events.UseCases;

public sealed class EventForm
{
    public int? OrganizationId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The form of the event (named so that it does not clash with the posted form).</summary>
    public Domain.Events.EventForm? Kind { get; set; }
    public SupportLevel? Level { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? Place { get; set; }
    public string? Link { get; set; }
    public bool ForYoungTeachers { get; set; }

    /// <summary>The topics of the ministry's list it serves (<see cref="Domain.Events.EventTopics"/>).</summary>
    public List<Domain.Events.EventTopics> Topics { get; set; } = [];
    public string? Description { get; set; }

    /// <summary>The competence areas of the region's catalogue it develops.</summary>
    public List<int> CompetenceAreaIds { get; set; } = [];

    /// <summary>Whether the event edited has winners, set by <see cref="ReviseEvent"/> (never posted): then it stays a contest.</summary>
    [BindNever]
    public bool HasWinners { get; set; }

    public static EventForm From(MethodicalEvent e) => new()
    {
        OrganizationId = e.OrganizationId, Title = e.Title, Kind = e.Form, Level = e.Level, StartsOn = e.StartsOn, EndsOn = e.EndsOn, Place = e.Place,
            Link = e.Link,
        ForYoungTeachers = e.ForYoungTeachers, Description = e.Description, CompetenceAreaIds = [.. e.CompetenceAreaIds],
        Topics = [.. Flags<Domain.Events.EventTopics>.Split(e.Topics)],
    };

    public void ApplyTo(MethodicalEvent e)
    {
        (e.Title, e.Form, e.Level, e.StartsOn, e.EndsOn, e.Place, e.Link, e.ForYoungTeachers, e.Description, e.CompetenceAreaIds) =
        (Title.Trim(), Kind!.Value, Level!.Value, StartsOn!.Value, EndsOn ?? StartsOn!.Value, FormText.OrNull(Place), FormText.OrNull(Link), ForYoungTeachers,
         FormText.OrNull(Description), [.. CompetenceAreaIds.Distinct().Order()]);
        e.Topics = Flags<Domain.Events.EventTopics>.Join(Topics);
    }
}

/// <summary>An event's fields; its organizer an organization of the user's scope fit for the level; a contest with winners stays one.</summary>
public sealed class EventValidator : AbstractValidator<EventForm>
{
    public EventValidator(PortalDbContext db)
    {
        RuleFor(f => f.CompetenceAreaIds).OfTheCatalogue(db);
        RuleFor(f => f.OrganizationId).CustomAsync(async (id, context, ct) =>
        {
            var organizer = id is null ? null : await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
            if (organizer is null)
            {
                context.AddFailure("Выберите организатора.");
            }
            else if (context.InstanceToValidate.Level is { } level && CommunityRules.OwnerError(level, organizer) is { } error)
            {
                context.AddFailure(nameof(EventForm.Level), error);
            }
        });
        RuleFor(f => f.Kind).Must(kind => kind == Domain.Events.EventForm.Contest).When(f => f.HasWinners)
            .WithMessage("Среди участников есть победители: мероприятие остаётся конкурсом.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите название.").MaximumLength(500).WithMessage("Название — не длиннее 500 символов.");
        RuleFor(f => f.Kind).NotNull().WithMessage("Выберите форму мероприятия.");
        RuleFor(f => f.Level).NotNull().WithMessage("Выберите уровень.");
        RuleFor(f => f.StartsOn).NotNull().WithMessage("Укажите дату начала.");
        RuleFor(f => f.Place).MaximumLength(500).WithMessage("Место — не длиннее 500 символов.");
        RuleFor(f => f.Link).MaximumLength(500).WithMessage("Ссылка — не длиннее 500 символов.");
        RuleFor(f => f.Description).MaximumLength(2000).WithMessage("Описание — не длиннее 2000 символов.");
        RuleFor(f => f.Topics).Must(topics => Flags<Domain.Events.EventTopics>.AreKnown(topics))
            .WithMessage("Выберите тематику из списка.");
        RuleFor(f => f).Custom((f, context) =>
        {
            if (f.StartsOn is { } starts && EventRules.DatesError(starts, f.EndsOn ?? starts) is { } dates)
            {
                context.AddFailure(nameof(f.EndsOn), dates);
            }

            if (f.Kind is { } kind && EventRules.VenueError(kind, f.Place?.Trim(), f.Link?.Trim()) is { } venue)
            {
                context.AddFailure(string.IsNullOrWhiteSpace(f.Link) ? nameof(f.Place) : nameof(f.Link), venue);
            }
        });
    }
}

/// <summary>An event of the navigator, organized by an organization of the user's scope.</summary>
public sealed class ScheduleEvent(PortalDbContext db, IValidator<EventForm> validator)
{
    /// <returns>Done with the event's id.</returns>
    public async Task<Outcome> HandleAsync(EventForm form, CancellationToken ct)
    {
        form.HasWinners = false;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var organizer = await db.Organizations.FirstAsync(o => o.Id == form.OrganizationId, ct);
        var e = new MethodicalEvent { RegionId = organizer.RegionId, OrganizationId = organizer.Id, MunicipalityId = organizer.MunicipalityId };
        form.ApplyTo(e);
        db.MethodicalEvents.Add(e);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Мероприятие «{e.Title}» добавлено в навигатор.", e.Id);
    }
}
