using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

public sealed class AnswerForm
{
    public RequestStatus Status { get; set; } = RequestStatus.Planned;
    public int? CohortId { get; set; }
    public int? ProgramId { get; set; }
    public string? Answer { get; set; }
}

public sealed class AnswerValidator : AbstractValidator<AnswerForm>
{
    public AnswerValidator() => RuleFor(f => f.Answer).MaximumLength(2000).WithMessage("Ответ — не длиннее 2000 символов.");
}

/// <summary>ЦНППМ / ИРО answer an open request: a cohort planned for it, a programme of the registry, or a refusal with its reason
/// (<see cref="ProgramRequest.AnswerWith"/>).</summary>
public sealed class AnswerProgramRequest(PortalDbContext db, IValidator<AnswerForm> validator, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, AnswerForm form, int userId, CancellationToken ct)
    {
        var request = await db.ProgramRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return Outcome.NotFound;
        }

        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var cohort = form.CohortId is { } c ? await db.ProgramCohorts.FirstOrDefaultAsync(x => x.Id == c, ct) : null;
        var program = form.ProgramId is { } p ? await db.ProfessionalPrograms.FirstOrDefaultAsync(x => x.Id == p, ct) : null;
        if (request.AnswerWith(form.Status, form.Status == RequestStatus.Planned ? cohort : null, form.Status == RequestStatus.Existing ? program : null,
            form.Answer, clock.Today(), userId) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Ответ на запрос дан: {request.Status.Name()}.");
    }
}
