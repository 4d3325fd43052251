using FluentValidation;
using System.ComponentModel.DataAnnotations;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

/// <summary>What the diagnostic page posts: scores as typed (a decimal comma or point), manual deficits with their notes.</summary>
public sealed class DiagnosticForm
{
    public int EducatorId { get; set; }

    [Display(Name = "Организация")]
    public int? OrganizationId { get; set; }

    [Display(Name = "Диагностический материал")]
    public int? InstrumentId { get; set; }

    [Display(Name = "Дата")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Кто проводил")]
    public string ConductedBy { get; set; } = "";

    [Display(Name = "Примечание")]
    public string? Note { get; set; }

    /// <summary>Competence area id → the score typed for it.</summary>
    public Dictionary<int, string?> Scores { get; set; } = [];

    /// <summary>Areas the methodist marks as deficits by hand, whatever the score.</summary>
    public List<int> ManualAreas { get; set; } = [];

    public Dictionary<int, string?> ManualNotes { get; set; } = [];

    public static DiagnosticForm From(Diagnostic d) => new()
    {
        EducatorId = d.EducatorId, OrganizationId = d.OrganizationId, InstrumentId = d.InstrumentId, Date = d.Date, ConductedBy = d.ConductedBy, Note = d.Note,
        Scores = d.Scores.ToDictionary(s => s.CompetenceAreaId, s => (string?)Display.Number(s.Score)),
        ManualAreas = [.. d.Deficits.Where(x => x.IsManual).Select(x => x.CompetenceAreaId)],
        ManualNotes = d.Deficits.Where(x => x.IsManual).ToDictionary(x => x.CompetenceAreaId, x => x.Note),
    };
}

/// <summary>The fields of the form itself; the scores and the manual deficits are checked against the instrument (<see cref="SaveDiagnostic.Validate"/>).</summary>
public sealed class DiagnosticFormValidator : AbstractValidator<DiagnosticForm>
{
    public DiagnosticFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Date).NotNull().WithMessage("Укажите дату диагностики.")
            .Must(d => d is null || d <= clock.Today()).WithMessage("Дата диагностики не может быть в будущем.")
            .Must(d => d is null || d >= new DateOnly(2015, 1, 1)).WithMessage("Дата диагностики — не раньше 01.01.2015.");
        RuleFor(f => f.ConductedBy).NotEmpty().WithMessage("Укажите, кто проводил диагностику.").MaximumLength(200).WithMessage("Не длиннее 200 символов.");
        RuleFor(f => f.Note).MaximumLength(2000).WithMessage("Примечание — не длиннее 2000 символов.");
        RuleFor(f => f.OrganizationId).NotNull().WithMessage("Выберите организацию, в которой работает педагог.");
    }
}

/// <summary>
/// Entering a diagnostic: which instruments the user may apply, where the educator works, the checks of a posted form
/// against its instrument, and writing the scores and deficits (<see cref="Diagnostic.SetResults"/>).
/// </summary>
public static class SaveDiagnostic
{
    /// <summary>Active instruments of the region; those reserved for ЦНППМ / ИРО only for a regional methodist.</summary>
    public static IQueryable<DiagnosticInstrument> UsableBy(PortalDbContext db, System.Security.Claims.ClaimsPrincipal user)
    {
        var regional = user.IsInRole(Roles.RegionalMethodist);
        return db.DiagnosticInstruments.Include(i => i.Areas).ThenInclude(a => a.CompetenceArea)
            .Where(i => i.IsActive && (regional || i.Usage == InstrumentUsage.AllMethodists));
    }

    /// <summary>The educator's places of work the user can see, current or ended on or after the date.</summary>
    public static Task<List<Employment>> WorkplacesAsync(PortalDbContext db, int educatorId, DateOnly? on, CancellationToken ct) =>
        db.Employments.AsNoTracking().Include(e => e.Organization)
            .Where(e => e.EducatorId == educatorId && (e.EndDate == null || on == null || e.EndDate >= on))
            .OrderByDescending(e => e.IsMain).ThenBy(e => e.Organization!.Name).ToListAsync(ct);

    /// <summary>After <see cref="DiagnosticFormValidator"/>: the workplace, and the scores and manual deficits against the instrument and the catalogue.</summary>
    public static void Validate(DiagnosticForm form, DiagnosticInstrument instrument, IReadOnlyList<Employment> workplaces, IReadOnlyCollection<int> catalogue, ModelStateDictionary errors)
    {
        if (form.OrganizationId is { } organizationId && workplaces.All(w => w.OrganizationId != organizationId))
        {
            errors.AddModelError(nameof(form.OrganizationId), "Выберите организацию, в которой работает педагог.");
        }

        foreach (var area in instrument.Areas)
        {
            var text = form.Scores.GetValueOrDefault(area.CompetenceAreaId);
            var score = Display.ParseNumber(text);
            var error = string.IsNullOrWhiteSpace(text) ? "Укажите балл." : score is null ? $"«{text}» — не число." : DeficitRules.ScoreError(score, area.MaxScore);
            if (error is not null)
            {
                errors.AddModelError($"Scores[{area.CompetenceAreaId}]", $"{area.CompetenceArea?.Name}: {error}");
            }
        }

        foreach (var areaId in form.ManualAreas.Distinct())
        {
            var note = form.ManualNotes.GetValueOrDefault(areaId);
            if (!catalogue.Contains(areaId))
            {
                errors.AddModelError(nameof(form.ManualAreas), "Выберите компетенцию из справочника.");
            }
            else if (string.IsNullOrWhiteSpace(note))
            {
                errors.AddModelError($"ManualNotes[{areaId}]", "Дефицит, добавленный вручную, требует пояснения: опишите, в чём он проявился.");
            }
            else if (note.Length > 1000)
            {
                errors.AddModelError($"ManualNotes[{areaId}]", "Пояснение — не длиннее 1000 символов.");
            }
        }
    }

    /// <summary>Copies a valid form onto the diagnostic and recomputes its deficits.</summary>
    public static void Apply(DiagnosticForm form, Diagnostic diagnostic, DiagnosticInstrument instrument)
    {
        diagnostic.OrganizationId = form.OrganizationId!.Value;
        diagnostic.InstrumentId = instrument.Id;
        diagnostic.Date = form.Date!.Value;
        diagnostic.ConductedBy = form.ConductedBy.Trim();
        diagnostic.Note = FormText.OrNull(form.Note);
        var scores = instrument.Areas.ToDictionary(a => a.CompetenceAreaId, a => Display.ParseNumber(form.Scores[a.CompetenceAreaId])!.Value);
        var manual = form.ManualAreas.Distinct().ToDictionary(id => id, id => form.ManualNotes.GetValueOrDefault(id)?.Trim());
        diagnostic.SetResults(instrument.Areas, scores, manual);
    }
}
