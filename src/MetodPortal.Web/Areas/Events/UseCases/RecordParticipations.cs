using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Events;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Areas.Staff.UseCases;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Imports;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Events.UseCases;

/// <summary>The staff of one organization ticked in its list, recorded at the event with one role.</summary>
public sealed class ParticipationsForm
{
    public int? OrganizationId { get; set; }
    public List<int> EducatorIds { get; set; } = [];
    public ParticipationRole Role { get; set; } = ParticipationRole.Participant;

    public ParticipationForm For(int educatorId, MethodicalEvent e) =>
        new() { OrganizationId = OrganizationId, EducatorId = educatorId, Role = Role, Event = e };
}

/// <summary>
/// Many participants from one organization of the user's scope at once — ticked in its staff list or listed in an Excel file —
/// each by the rules of <see cref="ParticipationFormValidator"/>; all or nothing (<see cref="BulkEntry{TForm}"/>).
/// </summary>
public sealed class RecordParticipations(PortalDbContext db, IValidator<ParticipationForm> validator, TimeProvider clock)
{
    public const string Role = "Роль";

    public static readonly IReadOnlyList<XlsxColumn> Columns = [.. StaffTemplateRows.PersonColumns, new(Role, Width: 16)];

    /// <summary>The ticked staff; null when the event or the organization is not the user's to read.</summary>
    public async Task<ImportResult?> HandleAsync(int id, ParticipationsForm form, CancellationToken ct)
    {
        var e = await EventAsync(id, form.OrganizationId, ct);
        return e is null ? null
            : await Entry(e, p => p).AddAsync(db, [.. form.EducatorIds.Select((p, i) => new SheetRow<ParticipationForm>(i + 1, form.For(p, e)))], ct);
    }

    /// <summary>The participants an Excel file lists among the organization's staff; null when the event or the organization is not the user's.</summary>
    public async Task<ImportResult?> RunAsync(int id, int organizationId, Stream file, IProgress<WorkStep>? progress, CancellationToken ct)
    {
        var e = await EventAsync(id, organizationId, ct);
        if (e is null)
        {
            return null;
        }

        var sheet = new StaffFormSheet<ParticipationForm>(db, organizationId, Columns, "участников мероприятия",
            (cells, staff) => Read(cells, staff, organizationId, e), Entry(e, p => p == nameof(ParticipationForm.Role) ? Role : StaffSheet.LastName));
        return await SheetImport.RunAsync(file, sheet, progress, ct);
    }

    private async Task<MethodicalEvent?> EventAsync(int id, int? organizationId, CancellationToken ct) =>
        organizationId is { } named && !await Workplaces.Of(db).AnyAsync(o => o.Id == named, ct) ? null
            : await db.MethodicalEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);

    private BulkEntry<ParticipationForm> Entry(MethodicalEvent e, Func<string, string> column) =>
        new(validator, column, f => f.EducatorId!, (f, ct) => RecordParticipation.AddAsync(db, e, f, clock.Today(), ct));

    private static ParticipationForm? Read(SheetCells cells, StaffTemplateRows staff, int organizationId, MethodicalEvent e)
    {
        var job = staff.Find(i => cells[i], cells.Error);
        var role = cells[5] is null ? ParticipationRole.Participant : ImportCells.ParseName<ParticipationRole>(cells[5]);
        if (role is null)
        {
            cells.Error(Role, $"Роль «{cells[5]}» не подходит: укажите {ImportCells.Names<ParticipationRole>()}.");
        }

        return job is null || role is null ? null
            : new ParticipationForm { OrganizationId = organizationId, EducatorId = job.EducatorId, Role = role.Value, Event = e };
    }
}
