using FluentValidation;
using MetodPortal.Data;

namespace MetodPortal.Web.Imports;

/// <summary>
/// Many records of one kind added at once — ticked in a staff list or read from a sheet — by the rules of the form that adds
/// one: each candidate is checked by its validator, the same one twice is refused, and only when none is refused are they
/// all added, in one save (all or nothing, like the imports).
/// </summary>
/// <param name="Column">The place an error of a form's property is shown: the sheet's column, or the property itself for a checklist.</param>
/// <param name="Same">What makes two candidates the same (the person, the pair).</param>
/// <param name="Add">Adds one checked candidate to the context (its evidence included); the save is the entry's.</param>
public sealed record BulkEntry<TForm>(
    IValidator<TForm> Validator, Func<string, string> Column, Func<TForm, object> Same, Func<TForm, CancellationToken, Task> Add)
{
    public const string NothingPicked = "Отметьте хотя бы одного педагога.";

    public async Task<ImportResult> AddAsync(PortalDbContext db, IReadOnlyList<SheetRow<TForm>> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return ImportResult.Failed(NothingPicked);
        }

        var errors = await CheckAsync(rows, ct);
        return errors.Count > 0 ? ImportResult.Refused(errors) : await WriteAsync(db, rows, ct);
    }

    /// <summary>Each candidate by the form's rules, and the repeats.</summary>
    public async Task<IReadOnlyList<ImportError>> CheckAsync(IReadOnlyList<SheetRow<TForm>> rows, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        foreach (var (row, form) in rows)
        {
            var result = await Validator.ValidateAsync(form, ct);
            errors.AddRange(result.Errors.Select(e => new ImportError(row, Column(e.PropertyName), e.ErrorMessage)));
        }

        errors.AddRange(rows.GroupBy(r => Same(r.Value)).Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(r => new ImportError(r.Row, Column(""), $"То же самое уже есть в строке {g.First().Row}."))));
        return errors;
    }

    /// <summary>Adds the checked candidates, in one save.</summary>
    public async Task<ImportResult> WriteAsync(PortalDbContext db, IReadOnlyList<SheetRow<TForm>> rows, CancellationToken ct)
    {
        foreach (var (_, form) in rows)
        {
            await Add(form, ct);
        }

        await db.SaveChangesAsync(ct);
        return new ImportResult([], rows.Count, 0);
    }
}
