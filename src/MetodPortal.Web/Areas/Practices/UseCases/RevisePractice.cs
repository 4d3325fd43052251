using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>The school or the methodist corrects a draft or a returned practice; its organization stays.</summary>
public sealed class RevisePractice(PortalDbContext db, RecordAccess access, IValidator<PracticeForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, PracticeForm form, CancellationToken ct)
    {
        var practice = await ManagedPractice.LoadAsync(db, access, id, ct);
        if (practice is null)
        {
            return Outcome.NotFound;
        }

        if (ManagedPractice.EditError(practice) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        form.OrganizationId = practice.OrganizationId;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        await form.ApplyToAsync(practice, db, ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Практика сохранена.", id);
    }
}
