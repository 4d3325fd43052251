using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

/// <summary>One competence area row of the instrument form: whether the instrument measures it, and its scale.</summary>
public sealed class InstrumentAreaForm
{
    public int CompetenceAreaId { get; set; }
    public bool Selected { get; set; }
    public string? MaxScore { get; set; }
    public string? Threshold { get; set; }
}

public sealed class InstrumentForm : ICatalogueForm<DiagnosticInstrument>
{
    [Display(Name = "Название")]
    public string Title { get; set; } = "";

    [Display(Name = "Разработчик")]
    public string Provider { get; set; } = "";

    [Display(Name = "Вид")]
    public InstrumentKind? Kind { get; set; }

    [Display(Name = "Кто может применять")]
    public InstrumentUsage Usage { get; set; } = InstrumentUsage.AllMethodists;

    [Display(Name = "Описание")]
    public string? Description { get; set; }

    public bool IsActive { get; set; } = true;

    public List<InstrumentAreaForm> Areas { get; set; } = [];

    /// <summary>The region of the registry and the instrument edited, set by the use case (never posted): a title is unique in the region.</summary>
    [BindNever]
    public (int RegionId, int? Id) Entry { get; set; }

    public static InstrumentForm From(DiagnosticInstrument i) => new()
    {
        Title = i.Title, Provider = i.Provider, Kind = i.Kind, Usage = i.Usage, Description = i.Description, IsActive = i.IsActive,
        Areas = [.. i.Areas.Select(a => new InstrumentAreaForm
        {
            CompetenceAreaId = a.CompetenceAreaId, Selected = true, MaxScore = Display.Number(a.MaxScore), Threshold = Display.Number(a.Threshold),
        })],
    };

    public IEnumerable<InstrumentAreaForm> Chosen => Areas.Where(a => a.Selected);

    /// <summary>The instrument's fields and its areas with their scales, in the form's order; areas not chosen any more are removed.</summary>
    public void ApplyTo(DiagnosticInstrument instrument)
    {
        (instrument.Title, instrument.Provider, instrument.Kind, instrument.Usage, instrument.Description, instrument.IsActive) =
            (Title.Trim(), Provider.Trim(), Kind!.Value, Usage, FormText.OrNull(Description), IsActive);
        var chosen = Chosen.ToList();
        instrument.Areas.RemoveAll(a => chosen.All(c => c.CompetenceAreaId != a.CompetenceAreaId));
        for (var i = 0; i < chosen.Count; i++)
        {
            var area = instrument.Areas.FirstOrDefault(a => a.CompetenceAreaId == chosen[i].CompetenceAreaId);
            if (area is null)
            {
                area = new InstrumentArea { RegionId = instrument.RegionId, CompetenceAreaId = chosen[i].CompetenceAreaId };
                instrument.Areas.Add(area);
            }

            (area.MaxScore, area.Threshold, area.SortOrder) = (Display.ParseNumber(chosen[i].MaxScore)!.Value,
                Display.ParseNumber(chosen[i].Threshold)!.Value, i);
        }
    }
}

/// <summary>
/// An instrument's fields and scales; against the records: a title unique in the region, areas of the region's
/// catalogue, and an area diagnostics already scored stays measured (thresholds may change; past deficits stay as recorded).
/// </summary>
public sealed class InstrumentValidator : AbstractValidator<InstrumentForm>
{
    public InstrumentValidator(PortalDbContext db)
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите название.").MaximumLength(300).WithMessage("Название — не длиннее 300 символов.");
        RuleFor(f => f.Title)
            .MustAsync(async (f, title, ct) => !await db.DiagnosticInstruments.AnyAsync(i => i.RegionId == f.Entry.RegionId
                && i.Title == title.Trim() && i.Id != f.Entry.Id, ct))
            .When(f => f.Title.Trim().Length > 0).WithMessage("Материал с таким названием уже есть в реестре.");
        RuleFor(f => f.Areas).MustAsync(async (f, _, ct) =>
            {
                // Areas are ids posted by the browser: each must be an area of this region's catalogue.
                var ids = f.Chosen.Select(a => a.CompetenceAreaId).Distinct().ToList();
                return await db.CompetenceAreas.CountAsync(a => ids.Contains(a.Id) && a.RegionId == f.Entry.RegionId, ct) == ids.Count;
            })
            .WithMessage("Выберите компетенции из справочника.");
        RuleFor(f => f.Areas).CustomAsync(async (_, context, ct) =>
        {
            var f = context.InstanceToValidate;
            var scored = await db.DiagnosticScores.Where(s => db.Diagnostics.Any(d => d.Id == s.DiagnosticId && d.InstrumentId == f.Entry.Id))
                .Select(s => s.CompetenceAreaId).Distinct().ToListAsync(ct);
            var dropped = scored.Except(f.Chosen.Select(a => a.CompetenceAreaId)).ToList();
            if (dropped.Count > 0)
            {
                var names = await db.CompetenceAreas.Where(a => dropped.Contains(a.Id)).Select(a => a.Name).ToListAsync(ct);
                context.AddFailure($"По материалу уже есть диагностики с баллами по компетенциям: {string.Join(", ", names)}. Их нельзя убрать из материала.");
            }
        }).When(f => f.Entry.Id is not null);
        RuleFor(f => f.Provider).NotEmpty().WithMessage("Укажите разработчика.").MaximumLength(300).WithMessage("Разработчик — не длиннее 300 символов.");
        RuleFor(f => f.Kind).NotNull().WithMessage("Выберите вид диагностического материала.");
        RuleFor(f => f.Usage).IsInEnum().WithMessage("Выберите, кто может применять материал.");
        RuleFor(f => f.Description).MaximumLength(2000).WithMessage("Описание — не длиннее 2000 символов.");
        RuleFor(f => f.Areas).Must(a => a.Any(x => x.Selected)).WithMessage("Отметьте хотя бы одну компетенцию, которую измеряет материал.");
        RuleFor(f => f.Areas).Must(a => a.Where(x => x.Selected).Select(x => x.CompetenceAreaId).Distinct().Count() == a.Count(x => x.Selected))
            .WithMessage("Каждая компетенция указывается один раз.");
        RuleForEach(f => f.Areas).Custom((area, context) =>
        {
            if (!area.Selected)
            {
                return;
            }

            var index = context.PropertyPath;
            var max = Display.ParseNumber(area.MaxScore);
            var threshold = Display.ParseNumber(area.Threshold);
            if (max is null or <= 0 or > 1000)
            {
                context.AddFailure(index + ".MaxScore", "Максимальный балл — число больше 0 и не больше 1000.");
            }

            if (threshold is null or <= 0)
            {
                context.AddFailure(index + ".Threshold", "Порог дефицита — число больше 0.");
            }
            else if (max is not null && threshold > max)
            {
                context.AddFailure(index + ".Threshold", "Порог дефицита не может быть больше максимального балла.");
            }
        });
    }
}

/// <summary>A diagnostic material of the region's registry, with the competence areas it measures and their scales.</summary>
public sealed class RegisterInstrument(PortalDbContext db, IValidator<InstrumentForm> validator)
{
    /// <param name="regionId">The user's region; a user without one has no registry (not found).</param>
    public Task<Outcome> HandleAsync(InstrumentForm form, int? regionId, CancellationToken ct) =>
        CatalogueEntries.AddAsync(db, validator, form, regionId, region => new DiagnosticInstrument { RegionId = region },
            instrument => $"Диагностический материал «{instrument.Title}» добавлен в реестр.", ct);
}
