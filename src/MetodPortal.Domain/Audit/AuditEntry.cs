using System.ComponentModel.DataAnnotations;

namespace MetodPortal.Domain.Audit;

/// <summary>One line of the change log: who, when, which record, and its values before and after.</summary>
public sealed class AuditEntry : ILogLine
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public int? UserId { get; set; }

    /// <summary>The e-mail of the acting user, or the e-mail typed in a failed login; null for the system.</summary>
    public string? UserName { get; set; }

    /// <summary>The region the change belongs to, so ministry staff see their own region's log only.</summary>
    public int? RegionId { get; set; }

    public AuditAction Action { get; set; }
    public string EntityType { get; set; } = "";
    public string? EntityId { get; set; }

    /// <summary>JSON object: property name → [old, new].</summary>
    public string? Changes { get; set; }
}

public enum AuditAction
{
    [Display(Name = "Создание")]
    Created = 1,

    [Display(Name = "Изменение")]
    Modified = 2,

    [Display(Name = "Удаление")]
    Deleted = 3,

    [Display(Name = "Вход")]
    LoggedIn = 4,

    [Display(Name = "Неудачный вход")]
    LoginFailed = 5,

    [Display(Name = "Выход")]
    LoggedOut = 6,
}
