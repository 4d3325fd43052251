using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

/// <summary>Changing a ДПП of the registry by the rules of <see cref="ProgramValidator"/>.</summary>
public sealed class ReviseProgram(PortalDbContext db, IValidator<ProgramForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, ProgramForm form, CancellationToken ct)
    {
        var program = await db.ProfessionalPrograms.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return Outcome.NotFound;
        }

        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(program);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены.");
    }
}
