using MetodPortal.Domain.Staff;
using MetodPortal.Reports.Excel;

namespace MetodPortal.Web.Areas.Staff.UseCases;

/// <summary>The columns of the staff template, import and export. The first eleven headers are a fixed interface.</summary>
public static class StaffSheet
{
    public const string LastName = "Фамилия";
    public const string FirstName = "Имя";
    public const string MiddleName = "Отчество";
    public const string BirthDate = "Дата рождения";
    public const string Position = "Должность";
    public const string Head = "Руководитель";
    public const string Category = "Квалификационная категория";
    public const string CategoryDate = "Дата присвоения категории";
    public const string ProfessionStart = "Дата начала педагогической деятельности";
    public const string PersonnelNumber = "Табельный номер";
    public const string Email = "Email";

    /// <summary>Optional twelfth column for a file covering several organizations: ИНН or name of the organization.</summary>
    public const string Organization = "Организация";

    public static readonly IReadOnlyList<XlsxColumn> Template =
    [
        new(LastName, Width: 18), new(FirstName, Width: 14), new(MiddleName, Width: 18), new(BirthDate, XlsxKind.Date, 14),
        new(Position, Width: 28), new(Head, Width: 13), new(Category, Width: 24), new(CategoryDate, XlsxKind.Date, 16),
        new(ProfessionStart, XlsxKind.Date, 20), new(PersonnelNumber, Width: 14), new(Email, Width: 26),
    ];

    public static readonly IReadOnlyList<XlsxColumn> Export =
    [
        .. Template,
        new(Organization, Width: 30), new("Муниципальное образование", Width: 26), new("Возраст", XlsxKind.Integer, 9),
        new("Стаж, лет", XlsxKind.Integer, 10), new("Молодой педагог", Width: 12), new("Первые 3 года", Width: 12),
        new("Основное место работы", Width: 12),
    ];

    /// <summary>One template row: how a person is written in every file the portal produces.</summary>
    public static object?[] TemplateRow(Educator e, Employment job) =>
    [
        e.LastName, e.FirstName, e.MiddleName, e.BirthDate, StaffCatalogs.Name(job.Position), e.IsHead,
        StaffCatalogs.Name(e.Category), e.CategoryDate, e.ProfessionStartDate, job.PersonnelNumber, e.Email,
    ];
}
