using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.Controllers;

/// <summary>The single database of mentors: who mentors in what, their load and past pairs with results, their category and own training;
/// searched by area and municipality, exported to Excel. The registry entries themselves are kept at <see cref="MentorsController"/>.</summary>
[Area("Mentoring")]
[Route("mentors")]
[Authorize(Policies.ReadMentoring)]
public sealed class MentorBaseController(PortalDbContext db, AccessLog accessLog, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] MentorBaseFilter filter, CancellationToken ct) =>
        View(new MentorBaseModel(filter, await MentorBase.PageAsync(db, filter, clock.Today(), ct), await Workplaces.MunicipalityChoicesAsync(db, ct),
            await CompetenceAreas.ChoicesAsync(db, [], ct)));

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] MentorBaseFilter filter,
        [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        var rows = await MentorBase.Rows(reads, filter, clock.Today()).ToListAsync(ct);
        var areas = (await CompetenceAreas.ChoicesAsync(reads, [], ct)).ToDictionary(a => a.Id, a => a.Name);
        await accessLog.ListAsync(AccessKind.RegistryExport, ct);
        return this.Xlsx("baza-nastavnikov.xlsx", "Наставники", Columns, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Name, r.Organization, r.Municipality, r.ForMunicipality ? "муниципалитет" : "своя организация",
            Display.List(r.AreaIds.Select(a => areas.GetValueOrDefault(a))), r.Category.Name(), r.ActivePairs, r.MaxPairs, r.PastPairs, r.Trainings,
        ]));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var row = await MentorBase.Rows(db, new MentorBaseFilter(), clock.Today(), id).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return NotFound();
        }

        var (pairs, trainings) = await MentorBase.HistoryAsync(db, row.EducatorId, ct);
        var areas = await CompetenceAreas.ChoicesAsync(db, [], ct);
        var regionId = await db.Mentors.Where(m => m.Id == id).Select(m => m.RegionId).FirstAsync(ct);
        await accessLog.PersonAsync(AccessKind.EducatorCard, row.EducatorId, regionId, $"Наставник № {id}", ct);
        return View(new MentorCardModel(row, string.Join(", ", areas.Where(a => row.AreaIds.Contains(a.Id)).Select(a => a.Name)), pairs, trainings));
    }

    private static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Наставник", Width: 36), new("Организация", Width: 30), new("Муниципалитет", Width: 24), new("Для кого", Width: 18),
        new("Компетенции", Width: 40), new("Категория", Width: 18), new("Пар сейчас", XlsxKind.Integer), new("Пар не больше", XlsxKind.Integer),
        new("Завершённых пар", XlsxKind.Integer), new($"ДПП за {MentorBase.TrainingYears} года", XlsxKind.Integer),
    ];
}

public sealed record MentorBaseModel(MentorBaseFilter Filter, Page<MentorBaseRow> Page, IReadOnlyList<Choice> Municipalities, IReadOnlyList<Choice> Areas)
{
    public string AreaNames(IEnumerable<int> ids) => string.Join(", ", Areas.Where(a => ids.Contains(a.Id)).Select(a => a.Name));
}

public sealed record MentorCardModel(MentorBaseRow Mentor, string Areas, IReadOnlyList<MentorPairRow> Pairs, IReadOnlyList<MentorTrainingRow> Trainings);
