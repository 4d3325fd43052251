using System.ComponentModel.DataAnnotations;

namespace MetodPortal.Domain.Staff;

/// <summary>The catalogue of pedagogical and managerial positions (Russian names are what import files and pages use).</summary>
public enum Position
{
    [Display(Name = "учитель")]
    Teacher = 1,

    [Display(Name = "воспитатель")]
    Caregiver = 2,

    [Display(Name = "старший воспитатель")]
    SeniorCaregiver = 3,

    [Display(Name = "педагог дополнительного образования")]
    AdditionalEducationTeacher = 4,

    [Display(Name = "педагог-психолог")]
    Psychologist = 5,

    [Display(Name = "социальный педагог")]
    SocialPedagogue = 6,

    [Display(Name = "учитель-логопед")]
    SpeechTherapist = 7,

    [Display(Name = "учитель-дефектолог")]
    Defectologist = 8,

    [Display(Name = "педагог-организатор")]
    Organizer = 9,

    [Display(Name = "тьютор")]
    Tutor = 10,

    [Display(Name = "методист")]
    Methodist = 11,

    [Display(Name = "советник директора по воспитанию")]
    UpbringingAdvisor = 12,

    [Display(Name = "музыкальный руководитель")]
    MusicDirector = 13,

    [Display(Name = "инструктор по физической культуре")]
    PhysicalEducationInstructor = 14,

    [Display(Name = "педагог-библиотекарь")]
    Librarian = 15,

    [Display(Name = "старший вожатый")]
    SeniorCounsellor = 16,

    [Display(Name = "преподаватель-организатор ОБЗР")]
    SafetyTeacher = 17,

    [Display(Name = "руководитель (директор / заведующий)")]
    Head = 18,

    [Display(Name = "заместитель руководителя")]
    DeputyHead = 19,
}
