using FluentValidation;
using MetodPortal.Domain;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Web.Infrastructure;

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
    public string? Description { get; set; }

    public static EventForm From(MethodicalEvent e) => new()
    {
        OrganizationId = e.OrganizationId, Title = e.Title, Kind = e.Form, Level = e.Level, StartsOn = e.StartsOn, EndsOn = e.EndsOn, Place = e.Place, Link = e.Link,
        ForYoungTeachers = e.ForYoungTeachers, Description = e.Description,
    };

    public void ApplyTo(MethodicalEvent e) =>
        (e.Title, e.Form, e.Level, e.StartsOn, e.EndsOn, e.Place, e.Link, e.ForYoungTeachers, e.Description) =
        (Title.Trim(), Kind!.Value, Level!.Value, StartsOn!.Value, EndsOn ?? StartsOn!.Value, FormText.OrNull(Place), FormText.OrNull(Link), ForYoungTeachers,
         FormText.OrNull(Description));
}

public sealed class EventValidator : AbstractValidator<EventForm>
{
    public EventValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите название.").MaximumLength(500).WithMessage("Название — не длиннее 500 символов.");
        RuleFor(f => f.Kind).NotNull().WithMessage("Выберите форму мероприятия.");
        RuleFor(f => f.Level).NotNull().WithMessage("Выберите уровень.");
        RuleFor(f => f.StartsOn).NotNull().WithMessage("Укажите дату начала.");
        RuleFor(f => f.Place).MaximumLength(500).WithMessage("Место — не длиннее 500 символов.");
        RuleFor(f => f.Link).MaximumLength(500).WithMessage("Ссылка — не длиннее 500 символов.");
        RuleFor(f => f.Description).MaximumLength(2000).WithMessage("Описание — не длиннее 2000 символов.");
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

public sealed class ParticipationForm
{
    public int? OrganizationId { get; set; }
    public int? EducatorId { get; set; }
    public ParticipationRole Role { get; set; } = ParticipationRole.Participant;
}

/// <summary>The fields of a participation; the employment during the event, a repeat and the role the event allows are checked against the records.</summary>
public sealed class ParticipationFormValidator : AbstractValidator<ParticipationForm>
{
    public ParticipationFormValidator()
    {
        RuleFor(f => f.OrganizationId).NotNull().WithMessage("Выберите организацию из списка.");
        RuleFor(f => f.EducatorId).NotNull().WithMessage("Выберите педагога, работавшего в организации во время мероприятия.");
        RuleFor(f => f.Role).IsInEnum().WithMessage("Выберите роль из списка.");
    }
}
