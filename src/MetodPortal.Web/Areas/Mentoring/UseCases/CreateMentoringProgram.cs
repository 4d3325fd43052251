using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

public sealed class ProgramForm
{
    public int? OrganizationId { get; set; }
    public string Title { get; set; } = "";
    public string? OrderNumber { get; set; }
    public DateOnly? OrderDate { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public int? CuratorId { get; set; }

    /// <summary>The periods of the programme's pairs, set by <see cref="ReviseMentoringProgram"/> (never posted): the new period must hold them.</summary>
    [BindNever]
    public IReadOnlyList<(DateOnly From, DateOnly To)> PairPeriods { get; set; } = [];

    public static ProgramForm From(MentoringProgram p) => new()
    {
        OrganizationId = p.OrganizationId, Title = p.Title, OrderNumber = p.OrderNumber, OrderDate = p.OrderDate, PeriodFrom = p.PeriodFrom,
            PeriodTo = p.PeriodTo,
        CuratorId = p.CuratorId,
    };

    public void ApplyTo(MentoringProgram p) =>
        (p.Title, p.OrderNumber, p.OrderDate, p.PeriodFrom, p.PeriodTo, p.CuratorId) =
        (Title.Trim(), FormText.OrNull(OrderNumber), OrderDate, PeriodFrom!.Value, PeriodTo!.Value, CuratorId);
}

/// <summary>A programme's fields; its organization one of the list, its curator one of the organization's staff, its period holding its pairs.</summary>
public sealed class ProgramValidator : AbstractValidator<ProgramForm>
{
    public ProgramValidator(PortalDbContext db)
    {
        RuleFor(f => f.OrganizationId).MustAsync((id, ct) => Workplaces.Of(db).AnyAsync(o => o.Id == id, ct)).WithMessage("Выберите организацию из списка.");
        RuleFor(f => f.CuratorId)
            .MustAsync((f, curator, ct) => db.Employments.AnyAsync(x => x.EducatorId == curator && x.OrganizationId == f.OrganizationId, ct))
            .When(f => f.CuratorId is not null && f.OrganizationId is not null).WithMessage("Куратор — сотрудник организации: выберите его из списка.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите название программы.").MaximumLength(500).WithMessage("Название — не длиннее 500 символов.");
        RuleFor(f => f.OrderNumber).MaximumLength(100).WithMessage("Номер приказа — не длиннее 100 символов.");
        RuleFor(f => f.PeriodFrom).NotNull().WithMessage("Укажите начало периода.");
        RuleFor(f => f.PeriodTo).NotNull().WithMessage("Укажите окончание периода.");
        RuleFor(f => f.PeriodTo).GreaterThanOrEqualTo(f => f.PeriodFrom).When(f => f.PeriodFrom is not null && f.PeriodTo is not null)
            .WithMessage("Окончание периода раньше его начала.");
        RuleFor(f => f.PeriodTo).Must((f, to) => to!.Value <= f.PeriodFrom!.Value.AddYears(5)).When(f => f.PeriodFrom is not null && f.PeriodTo is not null)
            .WithMessage("Программа — не дольше 5 лет.");
        RuleFor(f => f.OrderDate).Must((f, date) => date <= f.PeriodTo).When(f => f.OrderDate is not null && f.PeriodTo is not null)
            .WithMessage("Приказ датирован позже окончания программы.");
        RuleFor(f => f.PeriodFrom).Must((f, from) => Outside(f) is null).When(f => f.PeriodFrom <= f.PeriodTo)
            .WithMessage(f => $"Период пары с {Display.Date(Outside(f)!.Value.From)} по {Display.Date(Outside(f)!.Value.To)} выходит за новый период "
                + $"программы.");
    }

    private static (DateOnly From, DateOnly To)? Outside(ProgramForm f) =>
        f.PairPeriods.Cast<(DateOnly From, DateOnly To)?>().FirstOrDefault(p => p!.Value.From < f.PeriodFrom || p.Value.To > f.PeriodTo);
}

/// <summary>A mentoring programme of an organization (by the order that adopted it), to which pairs are added next.</summary>
public sealed class CreateMentoringProgram(PortalDbContext db, IValidator<ProgramForm> validator)
{
    /// <returns>Done with the programme's id.</returns>
    public async Task<Outcome> HandleAsync(ProgramForm form, CancellationToken ct)
    {
        form.PairPeriods = [];
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var organization = await Workplaces.Of(db).FirstAsync(o => o.Id == form.OrganizationId, ct);
        var program = new MentoringProgram { RegionId = organization.RegionId, OrganizationId = organization.Id };
        form.ApplyTo(program);
        db.MentoringPrograms.Add(program);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Программа наставничества «{program.Title}» создана. Добавьте наставнические пары.", program.Id);
    }
}
