using FluentValidation;
using FluentValidation.Results;
using MetodPortal.Data;
using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>
/// Sending an organization's monitoring form to the coordinator (<see cref="MonitoringForm.Submit"/>), saving its
/// values too: a comment is needed where they differ from the registry's counts, and a form sent after the deadline is
/// marked late.
/// </summary>
public sealed class SubmitForm(PortalDbContext db, IValidator<FormInput> validator, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, FormInput input, FormActor by, CancellationToken ct)
    {
        var form = await SaveFormDraft.LoadAsync(db, id, ct);
        if (form is null)
        {
            return Outcome.NotFound;
        }

        if (FormRules.SaveError(form, form.Campaign!) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var fields = await validator.ValidateAsync(input, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        db.ExpectVersion(form, input.Version);
        if (form.Submit(input.ToCounts(), input.Comment, await RegistryAsync(db, form, ct), clock.GetUtcNow(), by) is { } error)
        {
            // The missing comment is the comment field's error; the others are the form's.
            return error.Contains("комментари", StringComparison.Ordinal)
                ? Outcome.Invalid(new ValidationResult([new ValidationFailure(nameof(FormInput.DiscrepancyComment), error)]))
                : Outcome.Refused(error);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(form.IsLate ? "Форма отправлена после срока сдачи: она отмечена как поданная с опозданием." : "Форма отправлена координатору.");
    }

    /// <summary>The registry's counts for the form's organization, year and reporting date.</summary>
    public static async Task<IndicatorCounts> RegistryAsync(PortalDbContext db, MonitoringForm form, CancellationToken ct)
    {
        var c = form.Campaign!;
        var rows = await RegistryIndicators.ComputeAsync(db, c.RegionId, c.Year, c.ReportingDate, ct, form.OrganizationId);
        return rows.FirstOrDefault(r => r.Level == IndicatorLevel.Organization)?.Counts ?? IndicatorCounts.OneOrganization;
    }
}
