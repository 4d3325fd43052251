using System.ComponentModel.DataAnnotations;

namespace MetodPortal.Domain.Organizations;

public enum OrganizationType
{
    [Display(Name = "Министерство")]
    Ministry = 1,

    [Display(Name = "Институт развития образования")]
    DevelopmentInstitute = 2,

    [Display(Name = "ЦНППМ")]
    ProfessionalExcellenceCentre = 3,

    [Display(Name = "Управление образования")]
    EducationAuthority = 4,

    [Display(Name = "Центр развития образования (МАУ ЦРО)")]
    EducationDevelopmentCentre = 5,

    [Display(Name = "Муниципальный опорный центр (МОЦ)")]
    SupportCentre = 6,

    [Display(Name = "Школа")]
    School = 7,

    [Display(Name = "Детский сад")]
    Kindergarten = 8,

    [Display(Name = "Организация дополнительного образования")]
    AdditionalEducation = 9,

    [Display(Name = "Колледж")]
    College = 10,

    [Display(Name = "Вуз")]
    University = 11,

    [Display(Name = "Иное")]
    Other = 12,
}
