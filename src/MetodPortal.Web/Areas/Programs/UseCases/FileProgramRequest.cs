using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

public sealed class RequestForm
{
    [Display(Name = "Организация")]
    public int? OrganizationId { get; set; }

    [Display(Name = "Компетенция")]
    public int? CompetenceAreaId { get; set; }

    [Display(Name = "Тема, содержание")]
    public string Topic { get; set; } = "";

    [Display(Name = "Желаемый формат")]
    public ProgramFormat? Format { get; set; }

    [Display(Name = "Когда удобно учиться")]
    public string? Period { get; set; }

    [Display(Name = "Сколько человек")]
    public int? People { get; set; } = 1;
}

public sealed class RequestValidator : AbstractValidator<RequestForm>
{
    public const int MaxPeople = 500;

    public RequestValidator(PortalDbContext db)
    {
        RuleFor(f => f.OrganizationId).Cascade(CascadeMode.Stop).NotNull().WithMessage("Выберите организацию.")
            .MustAsync((id, ct) => Workplaces.Of(db).AnyAsync(o => o.Id == id, ct)).WithMessage("Выберите организацию из списка.");
        RuleFor(f => f.CompetenceAreaId).Cascade(CascadeMode.Stop).NotNull().WithMessage("Выберите компетенцию.")
            .MustAsync((id, ct) => db.CompetenceAreas.AnyAsync(a => a.Id == id && a.IsActive, ct)).WithMessage("Выберите компетенцию из справочника.");
        RuleFor(f => f.Topic).NotEmpty().WithMessage("Опишите, чему нужно научиться.").MaximumLength(500).WithMessage("Тема — не длиннее 500 символов.");
        RuleFor(f => f.Period).MaximumLength(200).WithMessage("Не длиннее 200 символов.");
        RuleFor(f => f.People).NotNull().WithMessage("Укажите, сколько человек хотят учиться.")
            .InclusiveBetween(1, MaxPeople).WithMessage($"Человек — от 1 до {MaxPeople}.");
    }
}

/// <summary>
/// A request for a ДПП from an organization of the user's scope (a teacher's own organization), for ЦНППМ / ИРО to plan the courses by.
/// </summary>
public sealed class FileProgramRequest(PortalDbContext db, IValidator<RequestForm> validator, TimeProvider clock)
{
    /// <returns>Done with the request's id.</returns>
    public async Task<Outcome> HandleAsync(RequestForm form, int userId, CancellationToken ct)
    {
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var organization = await Workplaces.Of(db).FirstAsync(o => o.Id == form.OrganizationId, ct);
        var request = new ProgramRequest
        {
            RegionId = organization.RegionId, OrganizationId = organization.Id, CompetenceAreaId = form.CompetenceAreaId!.Value, Topic = form.Topic.Trim(),
            Format = form.Format, Period = FormText.OrNull(form.Period), People = form.People!.Value, FiledByUserId = userId, FiledOn = clock.Today(),
        };
        db.ProgramRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Запрос на ДПП отправлен в ЦНППМ. Ответ появится в списке запросов.", request.Id);
    }
}
