using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>The route's header: whose it is (fixed on create), its organization, tutor and period.</summary>
public sealed class RouteForm
{
    public int EducatorId { get; set; }
    public int? DiagnosticId { get; set; }

    /// <summary>The version of the route the edit page showed (see <see cref="Domain.IVersioned"/>).</summary>
    public uint? Version { get; set; }

    [Display(Name = "Организация")]
    public int? OrganizationId { get; set; }

    [Display(Name = "Тьютор")]
    public int? TutorUserId { get; set; }

    [Display(Name = "Начало периода")]
    public DateOnly? PeriodFrom { get; set; }

    [Display(Name = "Окончание периода")]
    public DateOnly? PeriodTo { get; set; }

    [Display(Name = "Примечание")]
    public string? Note { get; set; }

    public static RouteForm From(IndividualRoute r) => new()
    {
        EducatorId = r.EducatorId, DiagnosticId = r.DiagnosticId, OrganizationId = r.OrganizationId, TutorUserId = r.TutorUserId,
        PeriodFrom = r.PeriodFrom, PeriodTo = r.PeriodTo, Note = r.Note, Version = r.Version,
    };

    /// <summary>The header as the entity takes it; called on a valid form only.</summary>
    public RouteHeader ToHeader() => new(OrganizationId!.Value, TutorUserId, PeriodFrom!.Value, PeriodTo!.Value, Note);
}

/// <summary>The header's rules; the organization must be one the educator works at, the tutor a methodist whose scope holds it.</summary>
public sealed class RouteValidator : AbstractValidator<RouteForm>
{
    public RouteValidator(PortalDbContext db)
    {
        RuleFor(f => f.OrganizationId).NotNull().WithMessage("Выберите организацию.")
            .MustAsync((f, id, ct) => Workplace(db, f).AnyAsync(ct)).WithMessage("Выберите организацию, в которой работает педагог.");
        RuleFor(f => f.TutorUserId)
            .MustAsync(async (f, tutor, ct) => await Workplace(db, f).FirstOrDefaultAsync(ct) is not { } organization
                || await Tutors.Users(db, organization).AnyAsync(u => u.Id == tutor, ct))
            .When(f => f.TutorUserId is not null)
            .WithMessage("Тьютором может быть методист, в чью область входит организация педагога.");
        RuleFor(f => f.PeriodFrom).NotNull().WithMessage("Укажите начало периода.");
        RuleFor(f => f.PeriodTo).NotNull().WithMessage("Укажите окончание периода.");
        RuleFor(f => f.PeriodTo).GreaterThan(f => f.PeriodFrom).When(f => f.PeriodFrom is not null && f.PeriodTo is not null)
            .WithMessage("Окончание периода должно быть позже начала.");
        RuleFor(f => f.PeriodTo).Must((f, to) => to <= f.PeriodFrom!.Value.AddYears(3)).When(f => f.PeriodFrom is not null && f.PeriodTo is not null)
            .WithMessage("ИОМ составляют не больше чем на три года.");
        RuleFor(f => f.Note).MaximumLength(2000).WithMessage("Примечание — не длиннее 2000 символов.");
    }

    private static IQueryable<Domain.Organizations.Organization> Workplace(PortalDbContext db, RouteForm f) =>
        db.Employments.Where(e => e.EducatorId == f.EducatorId && e.OrganizationId == f.OrganizationId).Select(e => e.Organization!);
}

/// <summary>
/// Drafting an ИОМ for an educator, from scratch or from one of their diagnostics (<see cref="IndividualRoute.Draft"/>:
/// one item per deficit). The educator and the diagnostic are read through the scoped context: another scope's are not found.
/// </summary>
public sealed class DraftRoute(PortalDbContext db, IValidator<RouteForm> validator, TimeProvider clock)
{
    /// <returns>Done with the new route's id.</returns>
    public async Task<Outcome> HandleAsync(RouteForm form, CancellationToken ct)
    {
        var educator = await db.Educators.AsNoTracking().FirstOrDefaultAsync(e => e.Id == form.EducatorId, ct);
        var diagnostic = form.DiagnosticId is { } did
            ? await db.Diagnostics.AsNoTracking().Include(d => d.Deficits).ThenInclude(x => x.CompetenceArea)
                .FirstOrDefaultAsync(d => d.Id == did && d.EducatorId == form.EducatorId, ct)
            : null;
        if (educator is null || (form.DiagnosticId is not null && diagnostic is null))
        {
            return Outcome.NotFound;
        }

        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var route = IndividualRoute.Draft(educator, diagnostic, form.ToHeader(), clock.GetUtcNow());
        db.Routes.Add(route);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(route.Items.Count == 0
            ? "Черновик ИОМ создан. Добавьте пункты маршрута."
            : $"Черновик ИОМ создан: {Display.Count(route.Items.Count, "пункт", "пункта", "пунктов")} по дефицитам диагностики. Уточните цели, формы и "
                + $"сроки, затем утвердите.",
            route.Id);
    }
}
