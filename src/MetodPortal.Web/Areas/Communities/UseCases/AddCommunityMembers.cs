using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Staff;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Areas.Staff.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Imports;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Communities.UseCases;

/// <summary>The staff of one organization ticked in its list, to join the community with one role and period.</summary>
public sealed class MembersForm
{
    public int? OrganizationId { get; set; }
    public List<int> EducatorIds { get; set; } = [];
    public MemberRole Role { get; set; } = MemberRole.Member;
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    public MemberForm For(int educatorId, Community community) =>
        new() { OrganizationId = OrganizationId, EducatorId = educatorId, Role = Role, From = From, To = To, Context = (community, null) };
}

/// <summary>
/// Many members from one organization at once — ticked in its staff list or listed in an Excel file — each by the rules of
/// <see cref="MemberFormValidator"/>; all or nothing (<see cref="BulkEntry{TForm}"/>).
/// </summary>
public sealed class AddCommunityMembers(PortalDbContext db, RecordAccess access, IValidator<MemberForm> validator, TimeProvider clock)
{
    public const string Role = "Роль";
    public const string From = "Дата вступления";
    public const string To = "Дата выхода";

    public static readonly IReadOnlyList<XlsxColumn> Columns =
        [.. StaffTemplateRows.PersonColumns, new(Role, Width: 16), new(From, XlsxKind.Date, 16), new(To, XlsxKind.Date, 16)];

    /// <summary>The ticked staff; null when the community is not the user's to manage.</summary>
    public async Task<ImportResult?> HandleAsync(int id, MembersForm form, CancellationToken ct)
    {
        var community = await ManagedCommunity.LoadAsync(db, access, id, ct);
        return community is null ? null
            : await Entry(community, p => p).AddAsync(db, [.. form.EducatorIds.Select((e, i) => new SheetRow<MemberForm>(i + 1, form.For(e, community)))], ct);
    }

    /// <summary>The members an Excel file lists among the organization's staff; null when the community is not the user's to manage.</summary>
    public async Task<ImportResult?> RunAsync(int id, int organizationId, Stream file, IProgress<WorkStep>? progress, CancellationToken ct)
    {
        var community = await ManagedCommunity.LoadAsync(db, access, id, ct);
        if (community is null)
        {
            return null;
        }

        var sheet = new StaffFormSheet<MemberForm>(db, organizationId, Columns, "участников сообщества",
            (cells, staff) => Read(cells, staff, organizationId, community), Entry(community, ColumnOf));
        return await SheetImport.RunAsync(file, sheet, progress, ct);
    }

    private BulkEntry<MemberForm> Entry(Community community, Func<string, string> column) =>
        new(validator, column, f => f.EducatorId!, (f, ct) => AddCommunityMember.AddAsync(db, community, f, clock.Today(), ct));

    private static string ColumnOf(string property) => property switch
    {
        nameof(MemberForm.Role) => Role,
        nameof(MemberForm.From) => From,
        nameof(MemberForm.To) => To,
        nameof(MemberForm.OrganizationId) => "Организация",
        _ => StaffSheet.LastName,
    };

    private static MemberForm? Read(SheetCells cells, StaffTemplateRows staff, int organizationId, Community community)
    {
        var job = staff.Find(i => cells[i], cells.Error);
        var role = cells[5] is null ? MemberRole.Member : ImportCells.ParseName<MemberRole>(cells[5]);
        if (role is null)
        {
            cells.Error(Role, $"Роль «{cells[5]}» не подходит: укажите {ImportCells.Names<MemberRole>()}.");
        }

        var from = cells.Date(6, From);
        var to = cells[7] is null ? null : cells.Date(7, To);
        return job is null || role is null || from is null || (cells[7] is not null && to is null) ? null
            : new MemberForm
            {
                OrganizationId = organizationId, EducatorId = job.EducatorId, Role = role.Value, From = from, To = to, Context = (community, null),
            };
    }
}
