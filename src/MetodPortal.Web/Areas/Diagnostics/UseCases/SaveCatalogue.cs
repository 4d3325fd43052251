using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Domain;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

public sealed class CompetenceAreaForm
{
    [Display(Name = "Название")]
    public string Name { get; set; } = "";

    [Display(Name = "Описание")]
    public string? Description { get; set; }

    [Display(Name = "Порядок в списках")]
    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    public static CompetenceAreaForm From(CompetenceArea a) => new() { Name = a.Name, Description = a.Description, SortOrder = a.SortOrder, IsActive = a.IsActive };

    public void ApplyTo(CompetenceArea a) => (a.Name, a.Description, a.SortOrder, a.IsActive) = (Name.Trim(), FormText.OrNull(Description), SortOrder, IsActive);
}

public sealed class CompetenceAreaValidator : AbstractValidator<CompetenceAreaForm>
{
    public CompetenceAreaValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Укажите название.").MaximumLength(200).WithMessage("Название — не длиннее 200 символов.");
        RuleFor(f => f.Description).MaximumLength(1000).WithMessage("Описание — не длиннее 1000 символов.");
        RuleFor(f => f.SortOrder).InclusiveBetween(0, 10_000).WithMessage("Порядок — число от 0 до 10 000.");
    }
}

/// <summary>One competence area row of the instrument form: whether the instrument measures it, and its scale.</summary>
public sealed class InstrumentAreaForm
{
    public int CompetenceAreaId { get; set; }
    public bool Selected { get; set; }
    public string? MaxScore { get; set; }
    public string? Threshold { get; set; }
}

public sealed class InstrumentForm
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

    public static InstrumentForm From(DiagnosticInstrument i) => new()
    {
        Title = i.Title, Provider = i.Provider, Kind = i.Kind, Usage = i.Usage, Description = i.Description, IsActive = i.IsActive,
        Areas = [.. i.Areas.Select(a => new InstrumentAreaForm
        {
            CompetenceAreaId = a.CompetenceAreaId, Selected = true, MaxScore = Display.Number(a.MaxScore), Threshold = Display.Number(a.Threshold),
        })],
    };

    public IEnumerable<InstrumentAreaForm> Chosen => Areas.Where(a => a.Selected);
}

public sealed class InstrumentValidator : AbstractValidator<InstrumentForm>
{
    public InstrumentValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите название.").MaximumLength(300).WithMessage("Название — не длиннее 300 символов.");
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
