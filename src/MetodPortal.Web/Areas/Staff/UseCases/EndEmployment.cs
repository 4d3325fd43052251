using System.ComponentModel.DataAnnotations;

namespace MetodPortal.Web.Areas.Staff.UseCases;

/// <summary>Ending an employment: the person and the history stay; only the "to" date is set.</summary>
public sealed class EndEmploymentForm
{
    [Display(Name = "Дата увольнения")]
    public DateOnly? EndDate { get; set; }
}
