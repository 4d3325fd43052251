using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Programs;
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

    public static ProgramForm From(ProfessionalProgram p) => new()
    {
        Title = p.Title, Provider = p.Provider, Hours = p.Hours, Kind = p.Kind, Format = p.Format, ExpertiseProtocolNumber = p.ExpertiseProtocolNumber,
        ExpertiseProtocolDate = p.ExpertiseProtocolDate, InFederalRegistry = p.InFederalRegistry, IsActive = p.IsActive,
    };

    public void ApplyTo(ProfessionalProgram p) =>
        (p.Title, p.Provider, p.Hours, p.Kind, p.Format, p.ExpertiseProtocolNumber, p.ExpertiseProtocolDate, p.InFederalRegistry, p.IsActive) =
        (Title.Trim(), Provider.Trim(), Hours!.Value, Kind!.Value, Format!.Value, FormText.OrNull(ExpertiseProtocolNumber), ExpertiseProtocolDate, InFederalRegistry, IsActive);
}

public sealed class ProgramValidator : AbstractValidator<ProgramForm>
{
    public ProgramValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите название программы.").MaximumLength(500).WithMessage("Название — не длиннее 500 символов.");
        RuleFor(f => f.Provider).NotEmpty().WithMessage("Укажите организацию, которая реализует программу.").MaximumLength(300).WithMessage("Не длиннее 300 символов.");
        RuleFor(f => f.Kind).NotNull().WithMessage("Выберите вид программы.");
        RuleFor(f => f.Format).NotNull().WithMessage("Выберите форму обучения.");
        RuleFor(f => f.Hours).NotNull().WithMessage("Укажите объём в часах.");
        RuleFor(f => f.Hours).Must((f, hours) => ProgramRules.HoursError(f.Kind!.Value, hours!.Value) is null).When(f => f.Kind is not null && f.Hours is not null)
            .WithMessage(f => ProgramRules.HoursError(f.Kind!.Value, f.Hours!.Value));
        RuleFor(f => f.ExpertiseProtocolNumber).MaximumLength(100).WithMessage("Номер протокола — не длиннее 100 символов.");
        RuleFor(f => f.ExpertiseProtocolDate).NotNull().When(f => !string.IsNullOrWhiteSpace(f.ExpertiseProtocolNumber))
            .WithMessage("Укажите дату протокола экспертизы РУМО.");
    }
}

public sealed class CompletionForm
{
    public int EducatorId { get; set; }
    public int? OrganizationId { get; set; }
    public int? ProgramId { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? CertificateNumber { get; set; }
}

/// <summary>The card's form: its fields by <see cref="CompletionRules"/>; the programme, the workplace and a repeat are checked against the records.</summary>
public sealed class CompletionFormValidator : AbstractValidator<CompletionForm>
{
    public CompletionFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.ProgramId).NotNull().WithMessage("Выберите программу из реестра ДПП.");
        RuleFor(f => f.CompletedOn).NotNull().WithMessage(CompletionRules.DateMissing)
            .Must(d => CompletionRules.DateError(d, clock.Today()) is null).WithMessage(f => CompletionRules.DateError(f.CompletedOn, clock.Today())!);
        RuleFor(f => f.CertificateNumber).MaximumLength(CompletionRules.CertificateMaxLength).WithMessage(CompletionRules.CertificateTooLong);
    }
}

/// <summary>The checks of a completion, shared by the card's form and the import.</summary>
public static class CompletionRules
{
    public const string DateMissing = "Укажите дату окончания обучения.";
    public const int CertificateMaxLength = 100;
    public const string CertificateTooLong = "Номер удостоверения — не длиннее 100 символов.";

    public static string? DateError(DateOnly? date, DateOnly today) => date switch
    {
        null => DateMissing,
        { } d when d > today => "Дата окончания не может быть в будущем.",
        { } d when d < new DateOnly(2000, 1, 1) => "Дата окончания — не раньше 2000 года.",
        _ => null,
    };

    public static string? CertificateError(string? number) => number?.Trim().Length > CertificateMaxLength ? CertificateTooLong : null;

    public static Task<bool> ExistsAsync(PortalDbContext db, int educatorId, int programId, DateOnly date, CancellationToken ct) =>
        db.ProgramCompletions.AnyAsync(c => c.EducatorId == educatorId && c.ProgramId == programId && c.CompletedOn == date, ct);
}
