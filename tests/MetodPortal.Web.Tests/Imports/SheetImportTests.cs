using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Imports;

namespace MetodPortal.Web.Tests.Imports;

/// <summary>The one import pipeline, over a description of two columns: what refuses a file whole, row by row, and together, and what is written.</summary>
public sealed class SheetImportTests
{
    private sealed class Numbers : SheetDescription<string>
    {
        public List<string> Written { get; } = [];

        public override IReadOnlyList<string> Headers { get; } = ["Код", "Число"];

        public override int MaxRows => 100;

        public override string HeadersRefusal(IReadOnlyList<string> found) => $"Нужны заголовки «Код», «Число»; в файле: {string.Join(", ", found)}.";

        public override string? Read(SheetCells cells)
        {
            if (!int.TryParse(cells[1], out _))
            {
                cells.Error("Число", $"«{cells[1]}» — не число.");
            }

            return cells[0];
        }

        public override IEnumerable<ImportError> CheckTogether(IReadOnlyList<SheetRow<string>> rows) =>
            rows.GroupBy(r => r.Value).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1).Select(r => new ImportError(r.Row, "Код", "Повтор.")));

        public override Task<ImportResult> WriteAsync(IReadOnlyList<SheetRow<string>> rows, CancellationToken ct)
        {
            Written.AddRange(rows.Select(r => r.Value));
            return Task.FromResult(new ImportResult([], rows.Count, 0));
        }
    }

    private static MemoryStream Sheet(string[] headers, params object?[][] rows)
    {
        var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream))
        {
            writer.AddSheet("Лист", [.. headers.Select(h => new XlsxColumn(h))], rows.Select(r => (IReadOnlyList<object?>)r));
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task A_file_without_an_error_is_written_once_with_every_row_and_the_progress_note_says_saving()
    {
        var sheet = new Numbers();
        var steps = new List<WorkStep>();

        var result = await SheetImport.RunAsync(Sheet(["Код", "Число"], ["А", "1"], ["Б", "2"]), sheet, new Progress(steps), default);

        Assert.Equal((true, 2), (result.Succeeded, result.Added));
        Assert.Equal(["А", "Б"], sheet.Written);
        Assert.Contains(steps, s => s == WorkStep.Saving(2));
    }

    [Fact]
    public async Task Row_errors_and_repeats_are_listed_by_row_and_nothing_is_written()
    {
        var sheet = new Numbers();

        var result = await SheetImport.RunAsync(Sheet(["Код", "Число"], ["А", "1"], ["Б", "два"], ["А", "3"]), sheet, null, default);

        Assert.Equal([(3, "Число", "«два» — не число."), (4, "Код", "Повтор.")], result.Errors.Select(e => (e.Row, e.Column, e.Message)));
        Assert.Empty(sheet.Written);
    }

    [Fact]
    public async Task Wrong_headers_or_no_data_rows_refuse_the_file_whole()
    {
        var wrong = await SheetImport.RunAsync(Sheet(["Число", "Код"], ["1", "А"]), new Numbers(), null, default);
        var empty = await SheetImport.RunAsync(Sheet(["Код", "Число"]), new Numbers(), null, default);

        Assert.Equal((0, "Нужны заголовки «Код», «Число»; в файле: Число, Код."), (wrong.Errors.Single().Row, wrong.Errors.Single().Message));
        Assert.Equal("В файле нет ни одной строки с данными: заполните строки под заголовками.", empty.Errors.Single().Message);
    }

    /// <summary>Collects the notes as they are made (Progress&lt;T&gt; would post them later, on another thread).</summary>
    private sealed class Progress(List<WorkStep> steps) : IProgress<WorkStep>
    {
        public void Report(WorkStep value) => steps.Add(value);
    }
}
