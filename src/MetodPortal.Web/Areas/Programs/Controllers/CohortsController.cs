using MetodPortal.Data;
using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.Controllers;

/// <summary>The schedule of a ДПП («план-график курсов»): its cohorts, kept with the registry.</summary>
[Area("Programs")]
[Route("programs/{programId:int}/cohorts")]
[Authorize(Policies.ManagePrograms)]
public sealed class CohortsController(PortalDbContext db) : Controller
{
    [HttpGet("create")]
    public async Task<IActionResult> Create(int programId, CancellationToken ct) => await FormView(programId, new CohortForm(), ct);

    [HttpPost("create")]
    public async Task<IActionResult> Create(int programId, CohortForm form, [FromServices] ScheduleCohort schedule, CancellationToken ct) =>
        await this.AnswerAsync(await schedule.HandleAsync(programId, form, ct), _ => Redirect($"/programs/{programId}#cohorts"),
            () => FormView(programId, form, ct));

    [HttpPost("{cohortId:int}/delete")]
    public async Task<IActionResult> Delete(int programId, int cohortId, [FromServices] DeleteCohort delete, CancellationToken ct) =>
        await this.AnswerAsync(await delete.HandleAsync(programId, cohortId, ct), _ => Redirect($"/programs/{programId}#cohorts"));

    private async Task<IActionResult> FormView(int programId, CohortForm form, CancellationToken ct)
    {
        var program = await db.ProfessionalPrograms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programId, ct);
        return program is null ? NotFound() : View("CohortForm", new CohortFormModel(program, form, await Workplaces.MunicipalityChoicesAsync(db, ct)));
    }
}

public sealed record CohortFormModel(Domain.Programs.ProfessionalProgram Program, CohortForm Form, IReadOnlyList<Choice> Municipalities);
