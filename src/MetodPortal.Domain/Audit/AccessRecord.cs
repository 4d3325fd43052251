using System.ComponentModel.DataAnnotations;

namespace MetodPortal.Domain.Audit;

/// <summary>
/// One read of personal data (152-ФЗ): who looked at whose card, diagnostic, ИОМ or file, or which list of people
/// with which filter, when and from where. Kept apart from the change audit, and purged after the retention period.
/// </summary>
public sealed class AccessRecord : IUnaudited, ILogLine
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public int? UserId { get; set; }
    public string? UserName { get; set; }

    /// <summary>The region of the data read, so ministry staff read their own region's log only.</summary>
    public int? RegionId { get; set; }

    /// <summary>The person whose data was read; null for a list of people.</summary>
    public int? EducatorId { get; set; }

    public AccessKind Kind { get; set; }

    /// <summary>The record read (a diagnostic's or route's id) or, for a list, the address with its filter.</summary>
    public string? Subject { get; set; }
    public string? Address { get; set; }
}

public enum AccessKind
{
    [Display(Name = "Карточка педагога")]
    EducatorCard = 1,

    [Display(Name = "Диагностика")]
    Diagnostic = 2,

    [Display(Name = "ИОМ")]
    Route = 3,

    [Display(Name = "ИОМ в PDF")]
    RoutePdf = 4,

    [Display(Name = "Файл подтверждения")]
    Evidence = 5,

    [Display(Name = "Выгрузка списка сотрудников")]
    StaffExport = 6,

    [Display(Name = "Список людей за показателем")]
    IndicatorPeople = 7,

    [Display(Name = "Сравнение диагностик")]
    DiagnosticComparison = 8,

    [Display(Name = "Люди с дефицитом: спрос и предложение")]
    SupplyDemandPeople = 9,

    [Display(Name = "Карточка эксперта")]
    ExpertCard = 10,

    [Display(Name = "Выгрузка реестра (эксперты, наставники, РМА и РУА, площадки)")]
    RegistryExport = 11,

    [Display(Name = "Выгрузка списка в Excel")]
    ListExport = 12,

    [Display(Name = "Чтение через API")]
    ApiRead = 13,
}
