using MetodPortal.Data;
using MetodPortal.Reports.Excel;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.Controllers;

/// <summary>
/// The bank of effective practices: published practices for the whole region, drafts and reviews inside their organization's scope. The
/// school or a methodist prepares a practice and its materials and submits it; the expertise is <see cref="PracticeExpertiseController"/>.
/// </summary>
[Area("Practices")]
[Route("practices")]
[Authorize(Policies.ReadPractices)]
public sealed class PracticesController(PortalDbContext db, RecordAccess access, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] PracticeFilter filter, CancellationToken ct) =>
        View(new PracticeListModel(filter, await ListPractices.PageAsync(db, filter, ct), await PublicNames.MunicipalityChoicesAsync(db, ct),
            await CompetenceAreas.ChoicesAsync(db, [], ct), await PublicNames.OrganizationsAsync(db, await OrganizationsOf(filter, ct), ct),
            User.Allows(Policies.ManagePractices), User.Allows(Policies.ConductExpertise)));

    /// <summary>The filtered bank as .xlsx: what the list shows, every page.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] PracticeFilter filter, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        var rows = await ListPractices.Matching(reads, filter).OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new { p.Title, p.Kind, p.Level, p.OrganizationId, p.MunicipalityId, p.AuthorNames, p.CompetenceAreaIds, p.Status, p.PublishedOn })
            .ToListAsync(ct);
        var organizations = await PublicNames.OrganizationsAsync(reads, rows.Select(r => r.OrganizationId), ct);
        var municipalities = await PublicNames.MunicipalitiesAsync(reads, ct);
        var areas = (await CompetenceAreas.ChoicesAsync(reads, [], ct)).ToDictionary(a => a.Id, a => a.Name);
        return this.Xlsx("bank-praktik.xlsx", "Практики", ExportColumns, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Title, r.Kind.Name(), r.Level.Name(), organizations.Of(r.OrganizationId),
            r.MunicipalityId is null ? "региональная" : municipalities.Of(r.MunicipalityId),
            r.AuthorNames, Display.List(r.CompetenceAreaIds.Select(a => areas.GetValueOrDefault(a))), r.Status.Name(), r.PublishedOn,
        ]));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await PracticeCard.LoadAsync(db, access, id, clock.Today(), ct) is { } card ? View(card) : NotFound();

    [HttpGet("create")]
    [Authorize(Policies.ManagePractices)]
    public async Task<IActionResult> Create(int? organizationId, CancellationToken ct) =>
        await Workplaces.MayNameAsync(db, organizationId, null, ct)
            ? await FormView(new PracticeForm { OrganizationId = organizationId ?? User.OrganizationIdOf() }, null, ct)
            : NotFound();

    [HttpPost("create")]
    [Authorize(Policies.ManagePractices)]
    public async Task<IActionResult> Create(PracticeForm form, [FromServices] DraftPractice draft, CancellationToken ct) =>
        await this.AnswerAsync(await draft.HandleAsync(form, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }),
            () => FormView(form, null, ct));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManagePractices)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await ManagedPractice.LoadAsync(db, access, id, ct) is { } practice
            ? ManagedPractice.EditError(practice) is { } refusal
                ? await RefuseAsync(id, refusal, ct)
                : await FormView(PracticeForm.From(practice), practice, ct)
            : NotFound();

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManagePractices)]
    public async Task<IActionResult> Edit(int id, PracticeForm form, [FromServices] RevisePractice revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }),
            async () => await FormView(form, await db.Practices.AsNoTracking().FirstAsync(p => p.Id == id, ct), ct), reason => RefuseAsync(id, reason, ct));

    [HttpGet("{id:int}/delete")]
    [Authorize(Policies.ManagePractices)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct) =>
        await ManagedPractice.LoadAsync(db, access, id, ct) is { } practice
            ? View("Confirm", new ConfirmModel("Удаление практики", $"Практика «{practice.Title}» будет удалена вместе с приложенными файлами.",
                $"/practices/{id}/delete", $"/practices/{id}", [("Банк практик", "/practices"), (practice.Title, $"/practices/{id}")]))
            : NotFound();

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManagePractices)]
    public async Task<IActionResult> DeleteConfirmed(int id, [FromServices] DeletePractice delete, CancellationToken ct) =>
        await this.AnswerAsync(await delete.HandleAsync(id, ct), _ => RedirectToAction(nameof(Index)), refused: reason => RefuseAsync(id, reason, ct));

    [HttpPost("{id:int}/files")]
    [Authorize(Policies.ManagePractices)]
    [RequestSizeLimit(Uploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
    public async Task<IActionResult> Attach(int id, IFormFile? file, [FromServices] AttachPracticeFile attach, CancellationToken ct) =>
        await this.AnswerAsync(await attach.HandleAsync(id, file, ct), _ => RedirectToAction(nameof(Details), new { id }),
            refused: reason => RefuseAsync(id, reason, ct));

    [HttpGet("{id:int}/files/{fileId:int}")]
    public async Task<IActionResult> Download(int id, int fileId, CancellationToken ct)
    {
        var file = await db.Practices.AnyAsync(p => p.Id == id, ct)
            ? await db.PracticeFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.PracticeId == id, ct)
            : null;
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpPost("{id:int}/files/{fileId:int}/delete")]
    [Authorize(Policies.ManagePractices)]
    public async Task<IActionResult> RemoveFile(int id, int fileId, [FromServices] RemovePracticeFile remove, CancellationToken ct) =>
        await this.AnswerAsync(await remove.HandleAsync(id, fileId, ct), _ => RedirectToAction(nameof(Details), new { id }),
            refused: reason => RefuseAsync(id, reason, ct));

    [HttpPost("{id:int}/submit")]
    [Authorize(Policies.ManagePractices)]
    public async Task<IActionResult> Submit(int id, [FromServices] SubmitPractice submit, CancellationToken ct) =>
        await this.AnswerAsync(await submit.HandleAsync(id, ct), _ => RedirectToAction(nameof(Details), new { id }),
            refused: reason => RefuseAsync(id, reason, ct));

    private static readonly IReadOnlyList<XlsxColumn> ExportColumns =
    [
        new("Практика", Width: 50), new("Вид", Width: 30), new("Уровень"), new("Организация", Width: 30), new("Муниципалитет", Width: 24),
        new("Авторы", Width: 40), new("Компетенции", Width: 40), new("Статус"), new("Опубликована", XlsxKind.Date),
    ];

    private async Task<List<int>> OrganizationsOf(PracticeFilter filter, CancellationToken ct) =>
        await ListPractices.Matching(db, filter).Select(p => p.OrganizationId).Distinct().ToListAsync(ct);

    private Task<IActionResult> RefuseAsync(int id, string reason, CancellationToken ct) =>
        RefusedCardAsync(this, db, access, id, reason, clock.Today(), ct);

    /// <summary>A refused step changes nothing: the practice's card again, as 409, with the reason on top (for the expertise's steps too).</summary>
    internal static async Task<IActionResult> RefusedCardAsync(
        Controller controller, PortalDbContext db, RecordAccess access, int id, string reason, DateOnly today, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await PracticeCard.LoadAsync(db, access, id, today, ct) is not { } card)
        {
            return controller.NotFound();
        }

        controller.Response.StatusCode = StatusCodes.Status409Conflict;
        return controller.View("~/Areas/Practices/Views/Practices/Details.cshtml", card with { Refusal = reason });
    }

    private async Task<IActionResult> FormView(PracticeForm form, Practice? existing, CancellationToken ct)
    {
        var organizations = await Workplaces.OrganizationChoicesAsync(db, ct);
        form.OrganizationId ??= organizations.Count == 1 ? organizations[0].Id : null;
        var staff = await Workplaces.StaffOfChosenAsync(db, organizations, form.OrganizationId, clock.Today(), ct);
        return View("Form", new PracticeFormModel(form, existing, organizations, staff));
    }
}

public sealed record PracticeListModel(
    PracticeFilter Filter, Page<PracticeRow> Page, IReadOnlyList<Choice> Municipalities, IReadOnlyList<Choice> Areas,
    IReadOnlyDictionary<int, string> Organizations, bool CanManage, bool CanConduct)
{
    public string AreaNames(IEnumerable<int> ids) => string.Join(", ", Areas.Where(a => ids.Contains(a.Id)).Select(a => a.Name));

    public string MunicipalityOf(int? id) => id is null ? "региональная" : Municipalities.FirstOrDefault(m => m.Id == id)?.Name ?? "—";
}

public sealed record PracticeFormModel(PracticeForm Form, Practice? Existing, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Staff);
