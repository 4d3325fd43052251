using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

public sealed class MentorForm
{
    [Display(Name = "Организация")]
    public int? OrganizationId { get; set; }

    [Display(Name = "Наставник")]
    public int? EducatorId { get; set; }

    [Display(Name = "наставник для всего муниципалитета (не только своей организации)")]
    public bool ForMunicipality { get; set; }

    public List<int> CompetenceAreaIds { get; set; } = [];

    [Display(Name = "Пар одновременно, не больше")]
    public int? MaxPairs { get; set; } = 2;

    [Display(Name = "Примечание")]
    public string? Note { get; set; }

    /// <summary>The mentor edited, set by the use case (never posted): the same person is registered once per organization.</summary>
    [BindNever]
    public int? MentorId { get; set; }

    public static MentorForm From(Mentor m) => new()
    {
        OrganizationId = m.OrganizationId, EducatorId = m.EducatorId, ForMunicipality = m.ForMunicipality, CompetenceAreaIds = [.. m.CompetenceAreaIds],
        MaxPairs = m.MaxPairs, Note = m.Note, MentorId = m.Id,
    };

    public void ApplyTo(Mentor m) =>
        (m.ForMunicipality, m.CompetenceAreaIds, m.MaxPairs, m.Note) =
        (ForMunicipality, [.. CompetenceAreaIds.Distinct().Order()], MaxPairs!.Value, FormText.OrNull(Note));
}

/// <summary>A mentor's fields: an employee of an organization of the user's scope, once per organization, in at least one area of the catalogue.</summary>
public sealed class MentorValidator : AbstractValidator<MentorForm>
{
    public MentorValidator(PortalDbContext db, TimeProvider clock)
    {
        RuleFor(f => f.OrganizationId).Cascade(CascadeMode.Stop).NotNull().WithMessage("Выберите организацию.")
            .MustAsync((id, ct) => Workplaces.Of(db).AnyAsync(o => o.Id == id, ct)).WithMessage("Выберите организацию из списка.");
        RuleFor(f => f.EducatorId).NotNull().WithMessage("Выберите наставника.");
        RuleFor(f => f.EducatorId).MustAsync((f, id, ct) => EmployedAsync(db, f.OrganizationId!.Value, id!.Value, clock.Today(), ct))
            .When(f => f.OrganizationId is not null && f.EducatorId is not null)
            .WithMessage("Наставник должен работать в выбранной организации.");
        RuleFor(f => f.EducatorId).MustAsync((f, id, ct) => UniqueAsync(db, f, ct))
            .When(f => f.OrganizationId is not null && f.EducatorId is not null)
            .WithMessage("Этот педагог уже в реестре наставников организации.");
        RuleFor(f => f.CompetenceAreaIds).NotEmpty().WithMessage("Отметьте хотя бы одну компетенцию, в которой педагог наставничает.")
            .OfTheCatalogue(db);
        RuleFor(f => f.MaxPairs).NotNull().WithMessage("Укажите, сколько пар наставник ведёт одновременно.")
            .InclusiveBetween(1, MentorRules.MaxPairsLimit).WithMessage($"Пар одновременно — от 1 до {MentorRules.MaxPairsLimit}.");
        RuleFor(f => f.Note).MaximumLength(1000).WithMessage("Примечание — не длиннее 1000 символов.");
    }

    private static Task<bool> EmployedAsync(PortalDbContext db, int organizationId, int educatorId, DateOnly today, CancellationToken ct) =>
        Workplaces.StaffOn(db, organizationId, today).ContainsAsync(educatorId, ct);

    private static async Task<bool> UniqueAsync(PortalDbContext db, MentorForm f, CancellationToken ct) =>
        !await db.Mentors.AnyAsync(m => m.OrganizationId == f.OrganizationId && m.EducatorId == f.EducatorId && m.Id != f.MentorId, ct);
}

/// <summary>An employee of a school in the user's scope joins the registry of mentors, in their competence areas, with a load limit.</summary>
public sealed class RegisterMentor(PortalDbContext db, IValidator<MentorForm> validator)
{
    /// <returns>Done with the mentor's id.</returns>
    public async Task<Outcome> HandleAsync(MentorForm form, CancellationToken ct)
    {
        form.MentorId = null;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var organization = await Workplaces.Of(db).FirstAsync(o => o.Id == form.OrganizationId, ct);
        var mentor = new Mentor { RegionId = organization.RegionId, OrganizationId = organization.Id, EducatorId = form.EducatorId!.Value };
        form.ApplyTo(mentor);
        db.Mentors.Add(mentor);
        await db.SaveChangesAsync(ct);
        var name = await db.Educators.Where(e => e.Id == mentor.EducatorId).Select(e => e.FullName).FirstAsync(ct);
        return Outcome.Done($"{name} — в реестре наставников.", mentor.Id);
    }
}
