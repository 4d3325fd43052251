using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>An expert's fields, order and period are corrected; the person and their organization stay.</summary>
public sealed class ReviseExpert(PortalDbContext db, IValidator<ExpertForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, ExpertForm form, CancellationToken ct)
    {
        var expert = await db.Experts.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (expert is null)
        {
            return Outcome.NotFound;
        }

        (form.OrganizationId, form.EducatorId, form.ExpertId) = (expert.OrganizationId, expert.EducatorId, expert.Id);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(expert);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Запись эксперта сохранена.", id);
    }
}
