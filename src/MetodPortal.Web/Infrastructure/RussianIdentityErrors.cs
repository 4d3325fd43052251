using Microsoft.AspNetCore.Identity;

namespace MetodPortal.Web.Infrastructure;

/// <summary>Identity's messages in Russian, as the users see them on the admin pages.</summary>
public sealed class RussianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Пользователь с адресом {email} уже есть.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Пользователь с адресом {userName} уже есть.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Адрес электронной почты указан неверно.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Логин содержит недопустимые символы.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Пароль должен содержать не менее {length} символов.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Пароль должен содержать хотя бы одну цифру.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Пароль должен содержать хотя бы одну строчную букву.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Пароль должен содержать хотя бы одну заглавную букву.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric),
        "Пароль должен содержать хотя бы один знак, не являющийся буквой или цифрой.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars),
        $"Пароль должен содержать не менее {uniqueChars} разных символов.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure),
        "Запись изменил другой пользователь. Обновите страницу и повторите.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Текущий пароль указан неверно.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Ссылка для смены пароля недействительна или устарела. Запросите новую.");
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Не удалось выполнить операцию.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
