using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Plan;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

public sealed class PlanForm
{
    public string Title { get; set; } = "";
    public string ApprovedBy { get; set; } = "";
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    public static PlanForm Of(MeasurePlan p) => new() { Title = p.Title, ApprovedBy = p.ApprovedBy, From = p.From, To = p.To };
}

public sealed class PlanValidator : AbstractValidator<PlanForm>
{
    public PlanValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите название плана.").MaximumLength(500).WithMessage("Название — не длиннее 500 символов.");
        RuleFor(f => f.ApprovedBy).NotEmpty().WithMessage("Укажите акт, которым утверждён план (вид, дата, номер).")
            .MaximumLength(500).WithMessage("Акт — не длиннее 500 символов.");
        RuleFor(f => f.From).NotNull().WithMessage("Укажите начало периода.");
        RuleFor(f => f.To).NotNull().WithMessage("Укажите окончание периода.");
        RuleFor(f => f.To).Must((f, to) => to >= f.From && to!.Value.Year - f.From!.Value.Year <= 10).When(f => f.From is not null && f.To is not null)
            .WithMessage("Период плана — от его начала до окончания, не длиннее десяти лет.");
    }
}

/// <summary>
/// A plan is made or revised: the region's by the ministry, a municipality's by its coordinator (the user's scope says which). A changed period
/// re-dates the measures' occurrences that are not reported yet.
/// </summary>
public sealed class SavePlan(PortalDbContext db, IValidator<PlanForm> validator)
{
    /// <returns>Done with the plan's id.</returns>
    public async Task<Outcome> HandleAsync(int? id, PlanForm form, CancellationToken ct)
    {
        var plan = id is null ? null : await db.MeasurePlans.Include(p => p.Measures).ThenInclude(m => m.Occurrences).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (id is not null && plan is null)
        {
            return Outcome.NotFound;
        }

        if (db.CurrentUser.Scope.RegionId is not { } regionId)
        {
            return Outcome.Refused("План ведёт регион или муниципалитет: войдите как сотрудник министерства или координатор.");
        }

        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        if (plan is null)
        {
            plan = new MeasurePlan { RegionId = regionId, MunicipalityId = db.CurrentUser.Scope.MunicipalityId };
            db.MeasurePlans.Add(plan);
        }

        (plan.Title, plan.ApprovedBy, plan.From, plan.To) = (form.Title.Trim(), form.ApprovedBy.Trim(), form.From!.Value, form.To!.Value);
        await PlanSchedule.ApplyAsync(db, plan, plan.Measures, ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(id is null ? "План создан: добавьте в него мероприятия." : "План сохранён.", plan.Id);
    }
}
