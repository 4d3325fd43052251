using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

public sealed class CompetenceAreaForm : ICatalogueForm<CompetenceArea>
{
    [Display(Name = "Название")]
    public string Name { get; set; } = "";

    [Display(Name = "Описание")]
    public string? Description { get; set; }

    [Display(Name = "Порядок в списках")]
    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The region of the catalogue and the area edited, set by the use case (never posted): a name is unique in the region.</summary>
    [BindNever]
    public (int RegionId, int? Id) Entry { get; set; }

    public static CompetenceAreaForm From(CompetenceArea a) => new() { Name = a.Name, Description = a.Description, SortOrder = a.SortOrder,
        IsActive = a.IsActive };

    public void ApplyTo(CompetenceArea a) => (a.Name, a.Description, a.SortOrder, a.IsActive) = (Name.Trim(), FormText.OrNull(Description), SortOrder,
        IsActive);
}

public sealed class CompetenceAreaValidator : AbstractValidator<CompetenceAreaForm>
{
    public CompetenceAreaValidator(PortalDbContext db)
    {
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Укажите название.").MaximumLength(200)
            .WithMessage("Название — не длиннее 200 символов.")
            .MustAsync(async (f, name, ct) => !await db.CompetenceAreas.AnyAsync(a => a.RegionId == f.Entry.RegionId && a.Name == name.Trim()
                && a.Id != f.Entry.Id, ct))
            .WithMessage("Компетенция с таким названием уже есть в справочнике.");
        RuleFor(f => f.Description).MaximumLength(1000).WithMessage("Описание — не длиннее 1000 символов.");
        RuleFor(f => f.SortOrder).InclusiveBetween(0, 10_000).WithMessage("Порядок — число от 0 до 10 000.");
    }
}

/// <summary>A competence area of the region's catalogue, kept by ЦНППМ / ИРО methodists: instruments measure it, deficits name it.</summary>
public sealed class AddCompetenceArea(PortalDbContext db, IValidator<CompetenceAreaForm> validator)
{
    /// <param name="regionId">The user's region; a user without one has no catalogue (not found).</param>
    public Task<Outcome> HandleAsync(CompetenceAreaForm form, int? regionId, CancellationToken ct) =>
        CatalogueEntries.AddAsync(db, validator, form, regionId, region => new CompetenceArea { RegionId = region },
            area => $"Компетенция «{area.Name}» добавлена в справочник.", ct);
}
