using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

public sealed class PracticeForm
{
    public int? OrganizationId { get; set; }
    public string Title { get; set; } = "";
    public PracticeKind? Kind { get; set; }
    public SupportLevel? Level { get; set; }
    public string Description { get; set; } = "";
    public List<int> CompetenceAreaIds { get; set; } = [];
    public List<int> AuthorIds { get; set; } = [];
    public string? Links { get; set; }

    public static PracticeForm From(Practice p) => new()
    {
        OrganizationId = p.OrganizationId, Title = p.Title, Kind = p.Kind, Level = p.Level, Description = p.Description,
        CompetenceAreaIds = [.. p.CompetenceAreaIds], AuthorIds = [.. p.AuthorIds], Links = p.Links,
    };

    /// <summary>The fields onto the practice; the authors' names as they are written today, for readers beyond the school's scope.</summary>
    public async Task ApplyToAsync(Practice p, PortalDbContext db, CancellationToken ct)
    {
        var ids = AuthorIds.Distinct().ToList();
        var authors = await db.Educators.AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ToListAsync(ct);
        (p.Title, p.Kind, p.Level, p.Description, p.CompetenceAreaIds, p.Links) =
            (Title.Trim(), Kind!.Value, Level!.Value, Description.Trim(), [.. CompetenceAreaIds.Distinct().Order()], FormText.OrNull(Links));
        (p.AuthorIds, p.AuthorNames) = ([.. authors.Select(a => a.Id)], string.Join(", ", authors.Select(a => a.FullName)));
    }
}

/// <summary>A practice's fields: an organization of the user's scope, its authors working there, the areas of the catalogue, links that are
/// web addresses.</summary>
public sealed class PracticeValidator : AbstractValidator<PracticeForm>
{
    public const int MaxAuthors = 10;

    public PracticeValidator(PortalDbContext db, TimeProvider clock)
    {
        RuleFor(f => f.OrganizationId).Cascade(CascadeMode.Stop).NotNull().WithMessage("Выберите организацию.")
            .MustAsync((id, ct) => db.Organizations.AnyAsync(o => o.Id == id, ct)).WithMessage("Выберите организацию из списка.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите название практики.").MaximumLength(500).WithMessage("Название — не длиннее 500 символов.");
        RuleFor(f => f.Kind).NotNull().WithMessage("Выберите вид практики.");
        RuleFor(f => f.Level).NotNull().WithMessage("Выберите уровень, на котором практика реализуется.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Опишите практику: цель, содержание, результаты.")
            .MaximumLength(8000).WithMessage("Описание — не длиннее 8000 символов.");
        RuleFor(f => f.CompetenceAreaIds).NotEmpty().WithMessage("Отметьте хотя бы одну компетенцию, которую развивает практика.").OfTheCatalogue(db);
        RuleFor(f => f.AuthorIds).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Выберите хотя бы одного автора.")
            .Must(ids => ids.Distinct().Count() <= MaxAuthors).WithMessage($"Авторов — не больше {MaxAuthors}.");
        RuleFor(f => f.AuthorIds).MustAsync((f, ids, ct) => EmployedAsync(db, f.OrganizationId!.Value, ids, clock.Today(), ct))
            .When(f => f.OrganizationId is not null && f.AuthorIds.Count > 0)
            .WithMessage("Авторы должны работать в выбранной организации.");
        RuleFor(f => f.Links).MaximumLength(2000).WithMessage("Ссылки — не длиннее 2000 символов.")
            .Must(AreWebAddresses).WithMessage("Каждая ссылка — с новой строки и начинается с http:// или https://.");
    }

    private static async Task<bool> EmployedAsync(PortalDbContext db, int organizationId, List<int> ids, DateOnly today, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await Workplaces.StaffOn(db, organizationId, today).Where(id => wanted.Contains(id)).Distinct().CountAsync(ct) == wanted.Count;
    }

    private static bool AreWebAddresses(string? links) =>
        (links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .All(l => Uri.TryCreate(l, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
}

/// <summary>A school or a methodist starts a practice of an organization of their scope as a draft; files are added to it next.</summary>
public sealed class DraftPractice(PortalDbContext db, IValidator<PracticeForm> validator)
{
    /// <returns>Done with the practice's id.</returns>
    public async Task<Outcome> HandleAsync(PracticeForm form, CancellationToken ct)
    {
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var organization = await db.Organizations.FirstAsync(o => o.Id == form.OrganizationId, ct);
        var practice = new Practice { RegionId = organization.RegionId, OrganizationId = organization.Id, MunicipalityId = organization.MunicipalityId };
        await form.ApplyToAsync(practice, db, ct);
        db.Practices.Add(practice);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Практика «{practice.Title}» сохранена как черновик. Приложите материалы и подайте её на экспертизу.", practice.Id);
    }
}
