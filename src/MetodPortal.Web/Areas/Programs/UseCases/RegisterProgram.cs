using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

public sealed class ProgramForm
{
    public string Title { get; set; } = "";
    public string Provider { get; set; } = "";
    public int? Hours { get; set; }
    public ProgramKind? Kind { get; set; }
    public ProgramFormat? Format { get; set; }
    public string? ExpertiseProtocolNumber { get; set; }
    public DateOnly? ExpertiseProtocolDate { get; set; }
    public bool InFederalRegistry { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>Teaches methodical support and the support of ИОМ: trains the members of РМА and РУА.</summary>
    public bool TrainsMethodicalSupport { get; set; }

    /// <summary>The experts of the region's registry who gave the РУМО opinion.</summary>
    public List<int> ExpertIds { get; set; } = [];

    /// <summary>The competence areas of the region's catalogue it develops.</summary>
    public List<int> CompetenceAreaIds { get; set; } = [];

    public static ProgramForm From(ProfessionalProgram p) => new()
    {
        Title = p.Title, Provider = p.Provider, Hours = p.Hours, Kind = p.Kind, Format = p.Format, ExpertiseProtocolNumber = p.ExpertiseProtocolNumber,
        ExpertiseProtocolDate = p.ExpertiseProtocolDate, InFederalRegistry = p.InFederalRegistry, IsActive = p.IsActive,
        CompetenceAreaIds = [.. p.CompetenceAreaIds], TrainsMethodicalSupport = p.TrainsMethodicalSupport, ExpertIds = [.. p.ExpertIds],
    };

    public void ApplyTo(ProfessionalProgram p)
    {
        (p.TrainsMethodicalSupport, p.ExpertIds) = (TrainsMethodicalSupport, [.. ExpertIds.Distinct().Order()]);
        (p.Title, p.Provider, p.Hours, p.Kind, p.Format, p.ExpertiseProtocolNumber, p.ExpertiseProtocolDate, p.InFederalRegistry, p.IsActive,
            p.CompetenceAreaIds) =
        (Title.Trim(), Provider.Trim(), Hours!.Value, Kind!.Value, Format!.Value, FormText.OrNull(ExpertiseProtocolNumber), ExpertiseProtocolDate,
            InFederalRegistry, IsActive, [.. CompetenceAreaIds.Distinct().Order()]);
    }
}

public sealed class ProgramValidator : AbstractValidator<ProgramForm>
{
    public ProgramValidator(PortalDbContext db)
    {
        RuleFor(f => f.CompetenceAreaIds).OfTheCatalogue(db);
        RuleFor(f => f.ExpertIds).MustAsync(async (ids, ct) =>
            {
                var wanted = ids.Distinct().ToList();
                return await db.Experts.CountAsync(e => wanted.Contains(e.Id), ct) == wanted.Count;
            })
            .WithMessage("Выберите экспертов из реестра.");
        RuleFor(f => f.ExpertIds).Empty().When(f => string.IsNullOrWhiteSpace(f.ExpertiseProtocolNumber))
            .WithMessage("Эксперты РУМО указываются вместе с протоколом экспертизы.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите название программы.").MaximumLength(500).WithMessage("Название — не длиннее 500 символов.");
        RuleFor(f => f.Provider).NotEmpty().WithMessage("Укажите организацию, которая реализует программу.").MaximumLength(300)
            .WithMessage("Не длиннее 300 символов.");
        RuleFor(f => f.Kind).NotNull().WithMessage("Выберите вид программы.");
        RuleFor(f => f.Format).NotNull().WithMessage("Выберите форму обучения.");
        RuleFor(f => f.Hours).NotNull().WithMessage("Укажите объём в часах.");
        RuleFor(f => f.Hours).Must((f, hours) => ProgramRules.HoursError(f.Kind!.Value, hours!.Value) is null).When(f => f.Kind is not null
            && f.Hours is not null)
            .WithMessage(f => ProgramRules.HoursError(f.Kind!.Value, f.Hours!.Value));
        RuleFor(f => f.ExpertiseProtocolNumber).MaximumLength(100).WithMessage("Номер протокола — не длиннее 100 символов.");
        RuleFor(f => f.ExpertiseProtocolDate).NotNull().When(f => !string.IsNullOrWhiteSpace(f.ExpertiseProtocolNumber))
            .WithMessage("Укажите дату протокола экспертизы РУМО.");
    }
}

/// <summary>A new ДПП in the region's registry (kept by ЦНППМ / ИРО): a user without a region has no registry to add to.</summary>
public sealed class RegisterProgram(PortalDbContext db, IValidator<ProgramForm> validator)
{
    /// <returns>Done with the programme's id.</returns>
    public async Task<Outcome> HandleAsync(ProgramForm form, int? regionId, CancellationToken ct)
    {
        if (regionId is null)
        {
            return Outcome.Refused("Реестр ДПП ведётся для региона: войдите пользователем региона.");
        }

        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var program = new ProfessionalProgram { RegionId = regionId.Value };
        form.ApplyTo(program);
        db.ProfessionalPrograms.Add(program);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Программа «{program.Title}» внесена в реестр.", program.Id);
    }
}
