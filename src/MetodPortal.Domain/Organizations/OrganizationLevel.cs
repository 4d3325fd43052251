using System.ComponentModel.DataAnnotations;

namespace MetodPortal.Domain.Organizations;

public enum OrganizationLevel
{
    [Display(Name = "Региональный")]
    Regional = 1,

    [Display(Name = "Муниципальный")]
    Municipal = 2,

    [Display(Name = "Институциональный")]
    Institutional = 3,
}
