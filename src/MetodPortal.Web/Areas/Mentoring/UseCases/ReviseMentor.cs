using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

/// <summary>A mentor's areas, reach and load limit change; the person and the organization stay (another one is a new entry).</summary>
public sealed class ReviseMentor(PortalDbContext db, IValidator<MentorForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, MentorForm form, CancellationToken ct)
    {
        var mentor = await db.Mentors.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (mentor is null)
        {
            return Outcome.NotFound;
        }

        (form.OrganizationId, form.EducatorId, form.MentorId) = (mentor.OrganizationId, mentor.EducatorId, mentor.Id);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(mentor);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены.");
    }
}
