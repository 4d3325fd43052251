using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Areas.Api;

/// <summary>
/// The API's errors as RFC 9457 problem details, in Russian: every refusal under <c>/api/</c> — an action's own, or one
/// re-executed to the error page (401, 403, 404, 413, 500…) — answers with one of these instead of an HTML page.
/// </summary>
public static class ApiProblem
{
    public const string ContentType = "application/problem+json";

    public static bool IsApiPath(PathString path) => path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase);

    public static string TitleOf(int status) => status switch
    {
        400 => "Неверный запрос",
        401 => "Нужен действующий токен доступа",
        403 => "Недостаточно прав",
        404 => "Не найдено",
        405 => "Метод не поддерживается: API только читает данные",
        413 => "Слишком большой запрос",
        429 => "Слишком много запросов",
        503 => "Сервис временно недоступен",
        >= 500 => "Внутренняя ошибка сервера",
        _ => "Ошибка запроса",
    };

    private static string DetailOf(int status) => status switch
    {
        401 => "Передайте токен в заголовке «Authorization: Bearer <токен>». Токен создаётся на странице «Токены доступа к API» (/account/tokens); "
            + "отозванный или истёкший токен не действует.",
        403 => "Роль владельца токена или сам токен не дают доступа к этим данным.",
        404 => "Запись не найдена или не входит в вашу область доступа.",
        429 => "Превышен предел запросов для этого токена. Повторите запрос через указанное в Retry-After число секунд.",
        >= 500 => "Запрос не выполнен. Повторите его позже; если ошибка повторяется, сообщите администратору портала.",
        _ => "",
    };

    public static ProblemDetails Of(int status, string? detail, string? instance) => new()
    {
        Type = "about:blank",
        Title = TitleOf(status),
        Status = status,
        Detail = string.IsNullOrEmpty(detail) ? DetailOf(status) : detail,
        Instance = instance,
    };

    /// <summary>The problem as an MVC answer with its status and media type (written here: an object result's media type would be renegotiated).</summary>
    public static ContentResult Result(int status, string? detail, string? instance) => new()
    {
        StatusCode = status,
        ContentType = ContentType + "; charset=utf-8",
        Content = System.Text.Json.JsonSerializer.Serialize(Of(status, detail, instance), Json),
    };

    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
