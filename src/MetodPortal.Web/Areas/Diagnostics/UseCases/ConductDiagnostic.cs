using System.ComponentModel.DataAnnotations;
using FluentValidation;
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

    /// <summary>The instrument the scores are for, set by the use case (never posted): null when the user may not apply the one named.</summary>
    [BindNever]
    public DiagnosticInstrument? Instrument { get; set; }

    public static DiagnosticForm From(Diagnostic d) => new()
    {
        EducatorId = d.EducatorId, OrganizationId = d.OrganizationId, InstrumentId = d.InstrumentId, Date = d.Date, ConductedBy = d.ConductedBy, Note = d.Note,
        Scores = d.Scores.ToDictionary(s => s.CompetenceAreaId, s => (string?)Display.Number(s.Score)),
        ManualAreas = [.. d.Deficits.Where(x => x.IsManual).Select(x => x.CompetenceAreaId)],
        ManualNotes = d.Deficits.Where(x => x.IsManual).ToDictionary(x => x.CompetenceAreaId, x => x.Note),
    };

    /// <summary>Copies a valid form onto the diagnostic and recomputes its deficits (<see cref="Diagnostic.SetResults"/>).</summary>
    public void ApplyTo(Diagnostic diagnostic)
    {
        (diagnostic.OrganizationId, diagnostic.InstrumentId, diagnostic.Date, diagnostic.ConductedBy, diagnostic.Note) =
            (OrganizationId!.Value, Instrument!.Id, Date!.Value, ConductedBy.Trim(), FormText.OrNull(Note));
        var scores = Instrument.Areas.ToDictionary(a => a.CompetenceAreaId, a => Display.ParseNumber(Scores[a.CompetenceAreaId])!.Value);
        var manual = ManualAreas.Distinct().ToDictionary(id => id, id => ManualNotes.GetValueOrDefault(id)?.Trim());
        diagnostic.SetResults(Instrument.Areas, scores, manual);
    }
}

/// <summary>
/// The form's fields, and against the records: an instrument the user may apply, a workplace of the educator on the
/// day, a score for every area of the instrument within its scale, manual deficits of the catalogue with a note.
/// </summary>
public sealed class DiagnosticFormValidator : AbstractValidator<DiagnosticForm>
{
    public DiagnosticFormValidator(PortalDbContext db, TimeProvider clock)
    {
        RuleFor(f => f.Instrument).NotNull().OverridePropertyName(nameof(DiagnosticForm.InstrumentId))
            .WithMessage("Выберите диагностический материал из реестра.");
        RuleFor(f => f.Date).NotNull().WithMessage("Укажите дату диагностики.")
            .Must(d => d is null || d <= clock.Today()).WithMessage("Дата диагностики не может быть в будущем.")
            .Must(d => d is null || d >= new DateOnly(2015, 1, 1)).WithMessage("Дата диагностики — не раньше 01.01.2015.");
        RuleFor(f => f.ConductedBy).NotEmpty().WithMessage("Укажите, кто проводил диагностику.").MaximumLength(200).WithMessage("Не длиннее 200 символов.");
        RuleFor(f => f.Note).MaximumLength(2000).WithMessage("Примечание — не длиннее 2000 символов.");
        RuleFor(f => f.OrganizationId).Cascade(CascadeMode.Stop).NotNull().WithMessage("Выберите организацию, в которой работает педагог.")
            .MustAsync(async (f, id, ct) => (await ConductDiagnostic.WorkplacesAsync(db, f.EducatorId, f.Date, ct)).Any(w => w.OrganizationId == id))
            .WithMessage("Выберите организацию, в которой работает педагог.");
        RuleFor(f => f.Scores).Custom((_, context) => CheckScores(context.InstanceToValidate, context)).When(f => f.Instrument is not null);
        RuleFor(f => f.ManualAreas).CustomAsync(async (_, context, ct) =>
        {
            var catalogue = await db.CompetenceAreas.Select(a => a.Id).ToListAsync(ct);
            CheckManual(context.InstanceToValidate, catalogue, context);
        });
    }

    private static void CheckScores(DiagnosticForm form, ValidationContext<DiagnosticForm> errors)
    {
        foreach (var area in form.Instrument!.Areas)
        {
            var text = form.Scores.GetValueOrDefault(area.CompetenceAreaId);
            var score = Display.ParseNumber(text);
            var error = string.IsNullOrWhiteSpace(text) ? "Укажите балл." : score is null ? $"«{text}» — не число."
                : DeficitRules.ScoreError(score, area.MaxScore);
            if (error is not null)
            {
                errors.AddFailure($"Scores[{area.CompetenceAreaId}]", $"{area.CompetenceArea?.Name}: {error}");
            }
        }
    }

    private static void CheckManual(DiagnosticForm form, IReadOnlyCollection<int> catalogue, ValidationContext<DiagnosticForm> errors)
    {
        foreach (var areaId in form.ManualAreas.Distinct())
        {
            var note = form.ManualNotes.GetValueOrDefault(areaId);
            if (!catalogue.Contains(areaId))
            {
                errors.AddFailure(nameof(form.ManualAreas), "Выберите компетенцию из справочника.");
            }
            else if (string.IsNullOrWhiteSpace(note))
            {
                errors.AddFailure($"ManualNotes[{areaId}]", "Дефицит, добавленный вручную, требует пояснения: опишите, в чём он проявился.");
            }
            else if (note.Length > 1000)
            {
                errors.AddFailure($"ManualNotes[{areaId}]", "Пояснение — не длиннее 1000 символов.");
            }
        }
    }
}

/// <summary>
/// Entering a diagnostic of an educator of the user's scope with an instrument the user may apply: the scores, the
/// deficits they show and the ones added by hand (<see cref="Diagnostic.SetResults"/>).
/// </summary>
public sealed class ConductDiagnostic(PortalDbContext db, IValidator<DiagnosticForm> validator, TimeProvider clock)
{
    /// <returns>Done with the diagnostic's id.</returns>
    public async Task<Outcome> HandleAsync(DiagnosticForm form, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var educator = await db.Educators.AsNoTracking().FirstOrDefaultAsync(e => e.Id == form.EducatorId, ct);
        if (educator is null)
        {
            return Outcome.NotFound;
        }

        form.Instrument = form.InstrumentId is { } instrumentId ? await UsableBy(db, user).FirstOrDefaultAsync(i => i.Id == instrumentId, ct) : null;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var diagnostic = new Diagnostic { RegionId = educator.RegionId, EducatorId = educator.Id, CreatedAt = clock.GetUtcNow() };
        db.Diagnostics.Add(diagnostic);
        form.ApplyTo(diagnostic);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(diagnostic.Deficits.Count == 0
            ? "Диагностика сохранена. Дефицитов не выявлено."
            : $"Диагностика сохранена. Выявлено дефицитов: {diagnostic.Deficits.Count}. Теперь можно составить ИОМ.", diagnostic.Id);
    }

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
}
