using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>What an organization's monitoring form posts: the declared counts (whole numbers) and the comment on a discrepancy.</summary>
public sealed class FormInput
{
    public int? Educators { get; set; }
    public int? Diagnosed { get; set; }
    public int? WithRoute { get; set; }
    public int? Newcomers { get; set; }
    public int? NewcomersSupported { get; set; }
    public int? Young { get; set; }
    public int? YoungInProjects { get; set; }
    public int? Heads { get; set; }
    public int? HeadsImproved { get; set; }
    public int? HeadsHighest { get; set; }
    public int? WithMentoringProgram { get; set; }
    public int? InMentoring { get; set; }
    public int? InCommunities { get; set; }
    public string? DiscrepancyComment { get; set; }

    /// <summary>The version of the form the page showed (see <see cref="Domain.IVersioned"/>).</summary>
    public uint? Version { get; set; }

    public static FormInput From(IndicatorCounts c, string? comment) => new()
    {
        Educators = c.Educators, Diagnosed = c.Diagnosed, WithRoute = c.WithRoute, Newcomers = c.Newcomers, NewcomersSupported = c.NewcomersSupported,
        Young = c.Young, YoungInProjects = c.YoungInProjects, Heads = c.Heads, HeadsImproved = c.HeadsImproved, HeadsHighest = c.HeadsHighest,
        WithMentoringProgram = c.WithMentoringProgram, InMentoring = c.InMentoring, InCommunities = c.InCommunities, DiscrepancyComment = comment,
    };

    /// <summary>The posted value of one form field (null when it was left empty or was not a whole number).</summary>
    public int? ValueOf(CountField field) => (int?)typeof(FormInput).GetProperty(field.Name)!.GetValue(this);

    /// <summary>The declared counts of one organization (so Organizations is 1).</summary>
    public IndicatorCounts ToCounts() => new()
    {
        Educators = Educators ?? 0, Diagnosed = Diagnosed ?? 0, WithRoute = WithRoute ?? 0, Newcomers = Newcomers ?? 0,
            NewcomersSupported = NewcomersSupported ?? 0,
        Young = Young ?? 0, YoungInProjects = YoungInProjects ?? 0, Heads = Heads ?? 0, HeadsImproved = HeadsImproved ?? 0, HeadsHighest = HeadsHighest ?? 0,
        Organizations = 1, WithMentoringProgram = WithMentoringProgram ?? 0, InMentoring = InMentoring ?? 0, InCommunities = InCommunities ?? 0,
    };

    /// <summary>The comment as kept: trimmed, null when empty.</summary>
    public string? Comment => string.IsNullOrWhiteSpace(DiscrepancyComment) ? null : DiscrepancyComment.Trim();
}

public sealed class FormInputValidator : AbstractValidator<FormInput>
{
    public FormInputValidator()
    {
        foreach (var field in IndicatorCounts.FormFields)
        {
            RuleFor(f => f.ValueOf(field)).NotNull().WithMessage($"Укажите число: «{field.Label}».")
                .GreaterThanOrEqualTo(0).WithMessage($"Число не может быть отрицательным: «{field.Label}».")
                .OverridePropertyName(field.Name);
        }

        RuleFor(f => f.WithMentoringProgram).InclusiveBetween(0, 1).WithMessage("Программа наставничества: 1 — реализуется, 0 — нет.");
        RuleFor(f => f.DiscrepancyComment).MaximumLength(2000).WithMessage("Комментарий — не длиннее 2000 знаков.");
        RuleFor(f => f.ToCounts().PartError()).Null().WithMessage((_, error) => error!).OverridePropertyName("")
            .When(f => IndicatorCounts.FormFields.All(field => f.ValueOf(field) is >= 0));
    }
}

/// <summary>Saving an organization's monitoring form as a draft (<see cref="MonitoringForm.SaveDraft"/>): the values are checked first.</summary>
public sealed class SaveFormDraft(PortalDbContext db, IValidator<FormInput> validator, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, FormInput input, FormActor by, CancellationToken ct)
    {
        var form = await LoadAsync(db, id, ct);
        if (form is null)
        {
            return Outcome.NotFound;
        }

        if (FormRules.SaveError(form, form.Campaign!) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var fields = await validator.ValidateAsync(input, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        db.ExpectVersion(form, input.Version);
        form.SaveDraft(input.ToCounts(), input.Comment, clock.GetUtcNow(), by);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Черновик сохранён.");
    }

    /// <summary>The form with its campaign, organization and history, through the scoped context: another scope's is not found.</summary>
    public static Task<MonitoringForm?> LoadAsync(PortalDbContext db, int id, CancellationToken ct) =>
        db.MonitoringForms.Include(f => f.Campaign).Include(f => f.Organization).Include(f => f.History).AsSplitQuery()
            .FirstOrDefaultAsync(f => f.Id == id, ct);
}
