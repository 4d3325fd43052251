using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Plan;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

public sealed class MeasureForm
{
    public int? Direction { get; set; }
    public string DirectionTitle { get; set; } = "";
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public List<int> ResponsibleIds { get; set; } = [];
    public string? Responsible { get; set; }
    public string? Executors { get; set; }
    public List<int> ExecutorUserIds { get; set; } = [];
    public DeadlineKind? Deadline { get; set; }
    public DateOnly? DueOn { get; set; }
    public int? DaysAfter { get; set; }
    public string? DeadlineText { get; set; }
    public string ExpectedResult { get; set; } = "";
    public TargetKind Target { get; set; }
    public int? TargetIndicator { get; set; }
    public PlanCount? TargetCount { get; set; }
    public decimal? TargetValue { get; set; }

    public static MeasureForm Of(PlanMeasure m) => new()
    {
        Direction = m.Direction, DirectionTitle = m.DirectionTitle, Number = m.Number, Title = m.Title, ResponsibleIds = [.. m.ResponsibleIds],
        Responsible = m.Responsible, Executors = m.Executors, ExecutorUserIds = [.. m.ExecutorUserIds], Deadline = m.Deadline, DueOn = m.DueOn,
        DaysAfter = m.DaysAfter, DeadlineText = m.DeadlineText, ExpectedResult = m.ExpectedResult, Target = m.Target,
        TargetIndicator = m.TargetIndicator, TargetCount = m.TargetCount, TargetValue = m.TargetValue,
    };

    public void ApplyTo(PlanMeasure m)
    {
        (m.Direction, m.DirectionTitle, m.Number, m.Title) = (Direction!.Value, DirectionTitle.Trim(), Number.Trim(), Title.Trim());
        (m.ResponsibleIds, m.Responsible, m.Executors, m.ExecutorUserIds) =
            ([.. ResponsibleIds.Distinct().Order()], Responsible?.Trim() ?? "", Executors?.Trim() ?? "", [.. ExecutorUserIds.Distinct().Order()]);
        (m.Deadline, m.DueOn, m.DaysAfter) = (Deadline!.Value, Deadline is DeadlineKind.AfterCampaignClose ? null : DueOn,
            Deadline is DeadlineKind.AfterCampaignClose ? DaysAfter : null);
        m.DeadlineText = string.IsNullOrWhiteSpace(DeadlineText) ? Worded() : DeadlineText.Trim();
        m.ExpectedResult = ExpectedResult.Trim();
        (m.Target, m.TargetIndicator, m.TargetCount, m.TargetValue) = Target switch
        {
            TargetKind.Indicator => (Target, TargetIndicator, (PlanCount?)null, TargetValue),
            TargetKind.Count => (Target, null, TargetCount, TargetValue),
            _ => (TargetKind.None, (int?)null, (PlanCount?)null, (decimal?)null),
        };
    }

    /// <summary>The deadline in words when the act's wording is not given.</summary>
    private string Worded() => Deadline switch
    {
        DeadlineKind.OnDate => $"до {DueOn:dd.MM.yyyy}",
        DeadlineKind.Quarterly => "ежеквартально",
        DeadlineKind.AfterCampaignClose => $"в {RussianPlural.Count(DaysAfter ?? 30, "день", "дня", "дней")} после закрытия мониторинга",
        _ => DueOn is { } d ? $"ежегодно, до {d:dd.MM}" : "ежегодно",
    };
}

public sealed class MeasureValidator : AbstractValidator<MeasureForm>
{
    public MeasureValidator(PortalDbContext db)
    {
        RuleFor(f => f.Direction).NotNull().WithMessage("Укажите номер направления.")
            .InclusiveBetween(1, 20).WithMessage("Номер направления — от 1 до 20.");
        RuleFor(f => f.DirectionTitle).NotEmpty().WithMessage("Укажите название направления.")
            .MaximumLength(500).WithMessage("Название направления — не длиннее 500 символов.");
        RuleFor(f => f.Number).NotEmpty().WithMessage("Укажите номер мероприятия (например, 3.2).")
            .MaximumLength(20).WithMessage("Номер мероприятия — не длиннее 20 символов.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите, что нужно сделать.").MaximumLength(2000).WithMessage("Мероприятие — не длиннее 2000 символов.");
        RuleFor(f => f.ResponsibleIds).Must((f, ids) => ids.Count > 0 || !string.IsNullOrWhiteSpace(f.Responsible))
            .WithMessage("Укажите ответственных: организации из списка или субъектов словами.")
            .MustAsync(async (ids, ct) => await db.Organizations.CountAsync(o => ids.Contains(o.Id), ct) == ids.Distinct().Count())
            .WithMessage("Выберите ответственные организации из списка.");
        RuleFor(f => f.Responsible).MaximumLength(2000).WithMessage("Ответственные субъекты — не длиннее 2000 символов.");
        RuleFor(f => f.Executors).MaximumLength(2000).WithMessage("Исполнители — не длиннее 2000 символов.");
        RuleFor(f => f.ExecutorUserIds).MustAsync(async (ids, ct) => await db.Users.CountAsync(u => ids.Contains(u.Id)
                && u.RegionId == db.CurrentUser.Scope.RegionId && u.IsActive, ct) == ids.Distinct().Count())
            .WithMessage("Выберите исполнителей из списка пользователей региона.");
        RuleFor(f => f.Deadline).NotNull().WithMessage("Выберите вид срока.").IsInEnum().WithMessage("Выберите вид срока из списка.");
        RuleFor(f => f.DueOn).NotNull().When(f => f.Deadline == DeadlineKind.OnDate).WithMessage("Укажите дату, к которой мероприятие выполняется.");
        RuleFor(f => f.DaysAfter).NotNull().WithMessage("Укажите, за сколько дней после закрытия мониторинга выполняется мероприятие.")
            .InclusiveBetween(1, 365).WithMessage("Срок после закрытия мониторинга — от 1 до 365 дней.")
            .When(f => f.Deadline == DeadlineKind.AfterCampaignClose);
        RuleFor(f => f.DeadlineText).MaximumLength(300).WithMessage("Срок словами — не длиннее 300 символов.");
        RuleFor(f => f.ExpectedResult).NotEmpty().WithMessage("Укажите ожидаемый результат.")
            .MaximumLength(2000).WithMessage("Ожидаемый результат — не длиннее 2000 символов.");
        RuleFor(f => f.Target).IsInEnum().WithMessage("Выберите вид целевого значения из списка.");
        RuleFor(f => f.TargetIndicator).NotNull().WithMessage("Выберите показатель.")
            .InclusiveBetween(1, Indicators.Count).WithMessage($"Показатель — от 1 до {Indicators.Count}.")
            .When(f => f.Target == TargetKind.Indicator);
        RuleFor(f => f.TargetValue).NotNull().WithMessage("Укажите целевое значение, %.")
            .InclusiveBetween(0, 100).WithMessage("Целевое значение показателя — от 0 до 100 %.")
            .When(f => f.Target == TargetKind.Indicator);
        RuleFor(f => f.TargetCount).NotNull().WithMessage("Выберите, что считать.").IsInEnum().WithMessage("Выберите, что считать, из списка.")
            .When(f => f.Target == TargetKind.Count);
        RuleFor(f => f.TargetValue).NotNull().WithMessage("Укажите целевое число.")
            .Must(v => v is >= 1 and <= 100000 && v == decimal.Truncate(v.Value)).WithMessage("Целевое число — целое, от 1 до 100 000.")
            .When(f => f.Target == TargetKind.Count);
    }
}

/// <summary>A measure is added to a plan or revised; its occurrences follow its deadline (those reported stay as they were).</summary>
public sealed class SaveMeasure(PortalDbContext db, IValidator<MeasureForm> validator)
{
    /// <param name="planId">The plan of a new measure.</param>
    /// <param name="measureId">The measure revised (null for a new one).</param>
    /// <returns>Done with the measure's id.</returns>
    public async Task<Outcome> HandleAsync(int planId, int? measureId, MeasureForm form, CancellationToken ct)
    {
        var plan = await db.MeasurePlans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        var measure = measureId is null ? null
            : await db.PlanMeasures.Include(m => m.Occurrences).FirstOrDefaultAsync(m => m.Id == measureId && m.PlanId == planId, ct);
        if (plan is null || (measureId is not null && measure is null))
        {
            return Outcome.NotFound;
        }

        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        if (measure is null)
        {
            measure = new PlanMeasure { RegionId = plan.RegionId, MunicipalityId = plan.MunicipalityId, PlanId = plan.Id };
            db.PlanMeasures.Add(measure);
        }

        form.ApplyTo(measure);
        await PlanSchedule.ApplyAsync(db, plan, [measure], ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Мероприятие {measure.Number} сохранено.", measure.Id);
    }
}
