using MetodPortal.Data;
using MetodPortal.Reports.Excel;

namespace MetodPortal.Web.Imports;

/// <summary>
/// A sheet about one organization's staff whose rows become the forms of a <see cref="BulkEntry{TForm}"/> (members, participants,
/// pairs): <paramref name="read"/> finds each row's people through <see cref="StaffTemplateRows"/> and reads the rest; the entry
/// checks and writes them, all or nothing.
/// </summary>
public sealed class StaffFormSheet<TForm>(
    PortalDbContext db, int organizationId, IReadOnlyList<XlsxColumn> columns, string template, Func<SheetCells, StaffTemplateRows, TForm?> read,
    BulkEntry<TForm> entry) : SheetDescription<TForm>
    where TForm : class
{
    public const int Limit = 5_000;

    private StaffTemplateRows _staff = null!;

    public override IReadOnlyList<string> Headers { get; } = [.. columns.Select(c => c.Header)];

    public override int MaxRows => Limit;

    public override string HeadersRefusal(IReadOnlyList<string> found) =>
        StaffTemplateRows.HeadersRefusal(columns, template, "Скачайте шаблон на этой странице.");

    public override async Task PrepareAsync(CancellationToken ct) => _staff = await StaffTemplateRows.ForAsync(db, organizationId, ct);

    public override TForm? Read(SheetCells cells) => read(cells, _staff);

    public override Task<IReadOnlyList<ImportError>> CheckAgainstRecordsAsync(IReadOnlyList<SheetRow<TForm>> rows, CancellationToken ct) =>
        entry.CheckAsync(rows, ct);

    public override Task<ImportResult> WriteAsync(IReadOnlyList<SheetRow<TForm>> rows, CancellationToken ct) => entry.WriteAsync(db, rows, ct);
}
