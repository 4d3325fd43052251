using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace MetodPortal.Web.Infrastructure;

/// <summary>Model binding's own messages (a number that is not a number, a missing value) in Russian.</summary>
public static class RussianModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Значение «{value}» не подходит для поля «{field}».");
        messages.SetMissingBindRequiredValueAccessor(field => $"Не указано значение поля «{field}».");
        messages.SetMissingKeyOrValueAccessor(() => "Значение не указано.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Запрос пуст.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Значение «{value}» недопустимо.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Значение недопустимо.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Нужно число.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Значение поля «{field}» недопустимо.");
        messages.SetValueIsInvalidAccessor(value => $"Значение «{value}» недопустимо.");
        messages.SetValueMustBeANumberAccessor(field => $"Поле «{field}» должно быть числом.");
        messages.SetValueMustNotBeNullAccessor(value => $"Поле «{value}» обязательно.");
    }
}
