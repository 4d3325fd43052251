using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Progress.UseCases;

namespace MetodPortal.Web.Imports;

/// <summary>
/// The one import pipeline: the first sheet is read (a file that is not a workbook, a macro book or one too large is
/// refused whole), its first row must be the template's headers in order, every row is read by the sheet's
/// description and checked, then the rows together; only a file without a single error is written, by the
/// description, in one save. The page that waits is told how far it got (<see cref="WorkStep"/>).
/// </summary>
public static class SheetImport
{
    public static async Task<ImportResult> RunAsync<TRow>(Stream file, SheetDescription<TRow> sheet, IProgress<WorkStep>? progress, CancellationToken ct)
        where TRow : class
    {
        List<(int Row, string?[] Cells)> rows;
        try
        {
            rows = XlsxReader.ReadFirstSheet(file, sheet.MaxRows, progress?.Reading());
        }
        catch (XlsxFileException e)
        {
            return ImportResult.Failed(e.Message);
        }

        if (rows.Count == 0)
        {
            return ImportResult.Failed(sheet.NoHeadersRefusal);
        }

        var headers = rows[0].Cells.Select(c => c?.Trim() ?? "").ToList();
        var expected = sheet.Headers;
        if (headers.Count < expected.Count || !expected.Select((h, i) => string.Equals(h, headers[i], StringComparison.OrdinalIgnoreCase)).All(ok => ok))
        {
            return ImportResult.Failed(sheet.HeadersRefusal(headers));
        }

        if (rows.Count == 1)
        {
            return ImportResult.Failed("В файле нет ни одной строки с данными: заполните строки под заголовками.");
        }

        await sheet.PrepareAsync(ct);
        var errors = new List<ImportError>();
        var read = new List<SheetRow<TRow>>();
        var data = rows.Count - 1;
        for (var i = 1; i < rows.Count; i++)
        {
            var before = errors.Count;
            var row = sheet.Read(new SheetCells(rows[i].Row, rows[i].Cells, errors));
            if (row is not null && errors.Count == before)
            {
                read.Add(new SheetRow<TRow>(rows[i].Row, row));
            }

            progress?.Report(WorkStep.Checking(i, data, errors.Count));
        }

        errors.AddRange(sheet.CheckTogether(read));
        errors.AddRange(await sheet.CheckAgainstRecordsAsync(read, ct));
        progress?.Report(WorkStep.Checking(data, data, errors.Count));
        if (errors.Count > 0)
        {
            return ImportResult.Refused(errors);
        }

        progress?.Report(WorkStep.Saving(read.Count));
        return await sheet.WriteAsync(read, ct);
    }
}

/// <summary>One row of the sheet as a description reads it: its cells, and where to say what is wrong with them.</summary>
public sealed class SheetCells(int row, string?[] cells, List<ImportError> errors)
{
    public int Row => row;

    /// <summary>The cell's trimmed text, null when empty.</summary>
    public string? this[int i] => ImportCells.Cell(cells, i);

    public void Error(string column, string message) => errors.Add(new ImportError(row, column, message));

    /// <summary>The date a required cell holds; null after saying the cell is empty or not a date.</summary>
    public DateOnly? Date(int i, string column)
    {
        var date = this[i] is { } text ? ImportCells.ParseDate(text) : null;
        if (date is null)
        {
            Error(column, this[i] is null ? "Обязательное поле не заполнено." : $"«{this[i]}» — не дата.");
        }

        return date;
    }
}

/// <summary>A row that was read without an error, with its number in the sheet.</summary>
public sealed record SheetRow<TRow>(int Row, TRow Value);

/// <summary>
/// What an import is, for <see cref="SheetImport"/>: its template's headers and row limit, how the file is refused,
/// what it loads before the rows, how one row is read, how the rows are checked together, and how they are written.
/// </summary>
public abstract class SheetDescription<TRow>
{
    public abstract IReadOnlyList<string> Headers { get; }

    public abstract int MaxRows { get; }

    /// <summary>The refusal of a file whose first row is not the template's headers (<paramref name="found"/>).</summary>
    public abstract string HeadersRefusal(IReadOnlyList<string> found);

    /// <summary>The refusal of a file with no rows at all.</summary>
    public virtual string NoHeadersRefusal => HeadersRefusal([]);

    /// <summary>What the rows are checked against, loaded once (the organization's staff, the registry).</summary>
    public virtual Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>One row, its errors reported through <see cref="SheetCells.Error"/>; a row with an error is not kept.</summary>
    public abstract TRow? Read(SheetCells cells);

    /// <summary>The errors of rows that are fine alone but not together (the same person twice).</summary>
    public virtual IEnumerable<ImportError> CheckTogether(IReadOnlyList<SheetRow<TRow>> rows) => [];

    /// <summary>The errors of rows that the records refuse (a bulk entry's form rules), found before anything is written.</summary>
    public virtual Task<IReadOnlyList<ImportError>> CheckAgainstRecordsAsync(IReadOnlyList<SheetRow<TRow>> rows, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ImportError>>([]);

    /// <summary>Writes the rows, in one save; may still refuse (then nothing is written).</summary>
    public abstract Task<ImportResult> WriteAsync(IReadOnlyList<SheetRow<TRow>> rows, CancellationToken ct);
}
