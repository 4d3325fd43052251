using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

public sealed class ExpertForm
{
    public int? OrganizationId { get; set; }
    public int? EducatorId { get; set; }
    public List<int> CompetenceAreaIds { get; set; } = [];
    public string? Subjects { get; set; }
    public List<ExpertiseKinds> Kinds { get; set; } = [];
    public string OrderNumber { get; set; } = "";
    public DateOnly? OrderDate { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    /// <summary>The expert edited, set by the use case (never posted): a person enters the region's registry once.</summary>
    [BindNever]
    public int? ExpertId { get; set; }

    public static ExpertForm From(Expert e) => new()
    {
        OrganizationId = e.OrganizationId, EducatorId = e.EducatorId, CompetenceAreaIds = [.. e.CompetenceAreaIds], Subjects = e.Subjects,
        Kinds = [.. Flags<ExpertiseKinds>.Split(e.Kinds)], OrderNumber = e.OrderNumber, OrderDate = e.OrderDate,
        ValidFrom = e.ValidFrom, ValidTo = e.ValidTo, ExpertId = e.Id,
    };

    public void ApplyTo(Expert e) =>
        (e.CompetenceAreaIds, e.Subjects, e.Kinds, e.OrderNumber, e.OrderDate, e.ValidFrom, e.ValidTo) =
        ([.. CompetenceAreaIds.Distinct().Order()], FormText.OrNull(Subjects), Flags<ExpertiseKinds>.Join(Kinds),
            OrderNumber.Trim(), OrderDate!.Value, ValidFrom!.Value, ValidTo);
}

/// <summary>An expert's fields: an employee of an organization of the user's scope, once in the region, with the order and the period.</summary>
public sealed class ExpertValidator : AbstractValidator<ExpertForm>
{
    public ExpertValidator(PortalDbContext db, TimeProvider clock)
    {
        RuleFor(f => f.OrganizationId).Cascade(CascadeMode.Stop).NotNull().WithMessage("Выберите организацию.")
            .MustAsync((id, ct) => db.Organizations.AnyAsync(o => o.Id == id, ct)).WithMessage("Выберите организацию из списка.");
        RuleFor(f => f.EducatorId).NotNull().WithMessage("Выберите педагога.");
        RuleFor(f => f.EducatorId).MustAsync((f, id, ct) => Workplaces.StaffOn(db, f.OrganizationId!.Value, clock.Today()).ContainsAsync(id!.Value, ct))
            .When(f => f.OrganizationId is not null && f.EducatorId is not null).WithMessage("Эксперт должен работать в выбранной организации.");
        RuleFor(f => f.EducatorId).MustAsync((f, id, ct) => UniqueAsync(db, f, ct))
            .When(f => f.EducatorId is not null).WithMessage("Этот педагог уже в реестре экспертов.");
        RuleFor(f => f.CompetenceAreaIds).NotEmpty().WithMessage("Отметьте компетенции, по которым педагог проводит экспертизу.").OfTheCatalogue(db);
        RuleFor(f => f.Kinds).NotEmpty().WithMessage("Отметьте хотя бы один вид экспертной деятельности.")
            .Must(k => Flags<ExpertiseKinds>.AreKnown(k)).WithMessage("Выберите вид экспертной деятельности из списка.");
        RuleFor(f => f.Subjects).MaximumLength(500).WithMessage("Предметы — не длиннее 500 символов.");
        RuleFor(f => f.OrderNumber).NotEmpty().WithMessage("Укажите номер приказа о включении в реестр.")
            .MaximumLength(50).WithMessage("Номер приказа — не длиннее 50 символов.");
        RuleFor(f => f.OrderDate).NotNull().WithMessage("Укажите дату приказа.");
        RuleFor(f => f.ValidFrom).NotNull().WithMessage("Укажите, с какого дня педагог в реестре.");
        RuleFor(f => f.ValidTo).GreaterThanOrEqualTo(f => f.ValidFrom).When(f => f.ValidFrom is not null && f.ValidTo is not null)
            .WithMessage("Окончание срока раньше его начала.");
    }

    /// <summary>The registry is kept region-wide (by ЦНППМ / ИРО), so the user sees every entry of the person's region.</summary>
    private static async Task<bool> UniqueAsync(PortalDbContext db, ExpertForm f, CancellationToken ct) =>
        !await db.Experts.AnyAsync(e => e.EducatorId == f.EducatorId && e.Id != f.ExpertId, ct);
}

/// <summary>ЦНППМ / ИРО include an educator in the region's registry of experts by an order, for a period.</summary>
public sealed class RegisterExpert(PortalDbContext db, IValidator<ExpertForm> validator)
{
    /// <returns>Done with the expert's id.</returns>
    public async Task<Outcome> HandleAsync(ExpertForm form, CancellationToken ct)
    {
        form.ExpertId = null;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var organization = await db.Organizations.FirstAsync(o => o.Id == form.OrganizationId, ct);
        var expert = new Expert { RegionId = organization.RegionId, OrganizationId = organization.Id, EducatorId = form.EducatorId!.Value };
        form.ApplyTo(expert);
        db.Experts.Add(expert);
        await db.SaveChangesAsync(ct);
        var name = await db.Educators.Where(e => e.Id == expert.EducatorId).Select(e => e.FullName).FirstAsync(ct);
        return Outcome.Done($"{name} — в реестре экспертов.", expert.Id);
    }
}
