using FluentValidation.Results;
using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>The coordinator accepts a sent form (<see cref="MonitoringForm.Accept"/>).</summary>
public sealed class AcceptForm(PortalDbContext db, TimeProvider clock)
{
    public Task<Outcome> HandleAsync(int id, uint? version, FormActor by, CancellationToken ct) =>
        ReviewAsync(db, id, version, null, form => form.Accept(clock.GetUtcNow(), by), "Форма принята.", ct);

    /// <summary>
    /// A coordinator's step on a form (accept, return, reopen): the comment's own rules first (<paramref name="fields"/>),
    /// then the step on the form loaded through the scoped context, on the version the page showed, saved once.
    /// </summary>
    internal static async Task<Outcome> ReviewAsync(
        PortalDbContext db, int id, uint? version, ValidationResult? fields, Func<MonitoringForm, string?> step, string done, CancellationToken ct)
    {
        var form = await SaveFormDraft.LoadAsync(db, id, ct);
        if (form is null)
        {
            return Outcome.NotFound;
        }

        if (fields is { IsValid: false })
        {
            return Outcome.Invalid(fields);
        }

        db.ExpectVersion(form, version);
        if (step(form) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(done);
    }
}
