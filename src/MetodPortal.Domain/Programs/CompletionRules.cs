namespace MetodPortal.Domain.Programs;

/// <summary>The checks of a completion, shared by the card's form and the import.</summary>
public static class CompletionRules
{
    public const string DateMissing = "Укажите дату окончания обучения.";
    public const int CertificateMaxLength = 100;
    public const string CertificateTooLong = "Номер удостоверения — не длиннее 100 символов.";

    public static string? DateError(DateOnly? date, DateOnly today) => date switch
    {
        null => DateMissing,
        { } d when d > today => "Дата окончания не может быть в будущем.",
        { } d when d < new DateOnly(2000, 1, 1) => "Дата окончания — не раньше 2000 года.",
        _ => null,
    };

    public static string? CertificateError(string? number) => number?.Trim().Length > CertificateMaxLength ? CertificateTooLong : null;
}
