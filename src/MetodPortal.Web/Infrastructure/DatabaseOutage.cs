using System.Globalization;
using Npgsql;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// While PostgreSQL is down or refuses connections, every page answers 503 with a short Russian page written here,
/// without the database: the usual error pages go through sign-in validation, which needs the database itself.
/// Nothing is cached about the outage, so the next request after the database is back is served as usual.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>A 503 page written without views or the database, saying why and when to try again.</summary>
    internal static Task WriteUnavailableAsync(HttpContext context, string why, int retryAfterSeconds)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="ru">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>Сервис временно недоступен — МетодПортал</title>
                <link rel="stylesheet" href="/lib/bootstrap/css/bootstrap.min.css" />
            </head>
            <body>
                <main class="container py-5 text-center">
                    <p class="display-4 text-muted">503</p>
                    <h1 class="h3">Сервис временно недоступен</h1>
                    <p class="text-muted">{{why}}</p>
                    <a href="/" class="btn btn-primary">Обновить</a>
                </main>
            </body>
            </html>
            """, context.RequestAborted);
    }

    public static IApplicationBuilder UseDatabaseOutagePage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next();
            }
            catch (Exception ex) when (IsOutage(ex) && !context.Response.HasStarted)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseOutage))
                    .LogWarning("The database is unavailable: {Message}", ex.GetBaseException().Message);
                // Idle pooled connections may lead to a server that is gone (a primary replaced by its standby): the next request opens
                // fresh ones instead of finding each stale connection in turn.
                NpgsqlConnection.ClearAllPools();
                await WriteUnavailableAsync(context,
                    "Портал не может связаться с базой данных. Введённые данные не потеряны: повторите действие через несколько минут.", 60);
            }
        });

    /// <summary>
    /// The connection failed or the server refuses it (the database is closed, shutting down, gone or not yet promoted) — not a query
    /// that failed on a live database, such as a serialization conflict, which is a bug or a retry, not an outage.
    /// </summary>
    public static bool IsOutage(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case PostgresException { SqlState: "3D000" or "55000" } or PostgresException { SqlState: ['5', '7', 'P', ..] or ['0', '8', ..] }:
                // Npgsql's own exceptions (not the server's errors) are failures to reach or to read the server: refused, broken,
                // timed out, or «No suitable host was found» while a standby is being promoted to primary.
                case NpgsqlException and not PostgresException:
                    return true;
            }
        }

        return false;
    }
}
