using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

public sealed class RouteItemForm
{
    [Display(Name = "Дефицит")]
    public int? CompetenceAreaId { get; set; }

    [Display(Name = "Цель")]
    public string Goal { get; set; } = "";

    [Display(Name = "Форма работы")]
    public ActivityForm? Activity { get; set; }

    [Display(Name = "Срок")]
    public DateOnly? Deadline { get; set; }

    [Display(Name = "Ожидаемый результат")]
    public string? ExpectedResult { get; set; }

    /// <summary>The route's period, set by the use case from the route (never posted): the deadline must fall inside it.</summary>
    [BindNever]
    public (DateOnly From, DateOnly To)? Period { get; set; }

    public static RouteItemForm From(RouteItem i) => new()
    {
        CompetenceAreaId = i.CompetenceAreaId, Goal = i.Goal, Activity = i.Form, Deadline = i.Deadline, ExpectedResult = i.ExpectedResult,
    };

    /// <summary>The item as the entity takes it; called on a valid form only.</summary>
    public RouteItemPlan ToPlan() => new(CompetenceAreaId, Goal, Activity!.Value, Deadline!.Value, ExpectedResult);
}

public sealed class RouteItemValidator : AbstractValidator<RouteItemForm>
{
    public RouteItemValidator(PortalDbContext db)
    {
        RuleFor(f => f.CompetenceAreaId).MustAsync((area, ct) => db.CompetenceAreas.AnyAsync(a => a.Id == area, ct)).When(f => f.CompetenceAreaId is not null)
            .WithMessage("Выберите компетенцию из справочника.");
        RuleFor(f => f.Goal).NotEmpty().WithMessage("Сформулируйте цель пункта.").MaximumLength(1000).WithMessage("Цель — не длиннее 1000 символов.");
        RuleFor(f => f.Activity).NotNull().WithMessage("Выберите форму работы.").IsInEnum().WithMessage("Выберите форму работы из списка.");
        RuleFor(f => f.Deadline).NotNull().WithMessage("Укажите срок.");
        RuleFor(f => f.Deadline).Must((f, deadline) => deadline >= f.Period!.Value.From && deadline <= f.Period.Value.To)
            .When(f => f.Deadline is not null && f.Period is not null)
            .WithMessage(f => $"Срок — в пределах периода ИОМ ({Display.Date(f.Period!.Value.From)} — {Display.Date(f.Period.Value.To)}).");
        RuleFor(f => f.ExpectedResult).MaximumLength(1000).WithMessage("Ожидаемый результат — не длиннее 1000 символов.");
    }
}

/// <summary>Adding an item to a draft ИОМ (<see cref="IndividualRoute.AddItem"/>), its deadline inside the route's period.</summary>
public sealed class AddRouteItem(PortalDbContext db, IValidator<RouteItemForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, RouteItemForm form, CancellationToken ct)
    {
        var route = await RouteStep.LoadAsync(db, id, ct);
        if (route is null)
        {
            return Outcome.NotFound;
        }

        if (RouteRules.EditError(route) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        form.Period = (route.PeriodFrom, route.PeriodTo);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        route.AddItem(form.ToPlan());
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Пункт добавлен.");
    }
}
