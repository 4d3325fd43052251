using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace MetodPortal.Web.Areas.Api;

/// <summary>
/// The read API's registration: the token scheme, the filters, JSON with enums by name, the OpenAPI 3.1 document at
/// <c>/openapi/v1.json</c> and its reference page at <c>/api/docs</c> (Scalar, its script served by the portal itself).
/// No CORS policy is added: a browser page of another origin cannot read the API.
/// </summary>
public static class ApiServices
{
    public const string DocsPath = "/api/docs";

    public static IServiceCollection AddPortalApi(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.AddSingleton<ApiRateLimit>();
        services.AddScoped<ApiGate>();
        services.AddScoped<ApiETag>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // Refusals go through the error page, which answers problem details in Russian under /api/ (ErrorsController).
        services.Configure<ApiBehaviorOptions>(o =>
        {
            o.SuppressMapClientErrors = true;
            o.SuppressModelStateInvalidFilter = true;
        });
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "MetodPortal API",
                    Version = "v1",
                    Description = "Чтение данных портала научно-методического сопровождения: организации, мониторинг и показатели, предложения региона, "
                        + "а по отдельному праву токена — персональные данные. Токен создаётся на странице /account/tokens и передаётся в заголовке "
                        + "Authorization: Bearer. Руководство: docs/api.md.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["token"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "Персональный токен доступа пользователя портала.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("token", document)] = [] }];
                document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
                document.Components.Schemas["ProblemDetails"] = ProblemSchema;
                return Task.CompletedTask;
            });

            // Every endpoint may answer these, each as RFC 9457 problem details (ApiProblem).
            o.AddOperationTransformer((operation, context, _) =>
            {
                operation.Responses ??= [];
                foreach (var status in new[] { 400, 401, 403, 404, 429 })
                {
                    operation.Responses.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse
                    {
                        Description = ApiProblem.TitleOf(status),
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            [ApiProblem.ContentType] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
                        },
                    });
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }

    private static IResult Refusal(HttpContext context, int status) => Results.Content(
        System.Text.Json.JsonSerializer.Serialize(ApiProblem.Of(status, null, context.Request.Path), ApiProblem.Json), ApiProblem.ContentType,
        System.Text.Encoding.UTF8, status);

    private static readonly OpenApiSchema ProblemSchema = new()
    {
        Type = JsonSchemaType.Object,
        Description = "Ошибка запроса по RFC 9457, по-русски.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };

    /// <summary>
    /// <c>GET /api/docs</c> answers the reference page itself rather than Scalar's redirect to <c>/api/docs/</c>, so the address stays as
    /// documented; the page's bundle is named by its full path, and its start-up module, which the page names relatively (so from
    /// <c>/api/</c>), is served from where Scalar keeps it. Before routing.
    /// </summary>
    public static IApplicationBuilder UseApiDocsAddress(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path;
        if (path.Equals(DocsPath, StringComparison.OrdinalIgnoreCase))
        {
            context.Request.Path = DocsPath + "/";
        }
        else if (path.Equals("/api/scalar.aspnetcore.js", StringComparison.OrdinalIgnoreCase))
        {
            context.Request.Path = DocsPath + "/scalar.aspnetcore.js";
        }

        return next(context);
    });

    public static WebApplication MapPortalApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();

        // An address under /api/v1 that names no endpoint is 404, and a method that writes is 405, as problem details — not the sign-in page.
        app.MapGet("/api/v1/{**rest}", (HttpContext context) => Refusal(context, StatusCodes.Status404NotFound))
            .WithOrder(int.MaxValue).AllowAnonymous().ExcludeFromDescription();
        app.MapMethods("/api/v1/{**rest}", ["POST", "PUT", "PATCH", "DELETE"], (HttpContext context) =>
            {
                context.Response.Headers.Allow = "GET, HEAD";
                return Refusal(context, StatusCodes.Status405MethodNotAllowed);
            })
            .AllowAnonymous().ExcludeFromDescription();
        // A fresh nonce for the page's inline start-up script each request: the portal's CSP admits it there (SecurityHeaders).
        app.MapScalarApiReference(DocsPath, options => options
                .WithTitle("MetodPortal API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .WithBundleUrl(DocsPath + "/scalar.js")
                .WithNonce())
            .AllowAnonymous();
        return app;
    }
}
