using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// Pages are compressed (Brotli, else gzip) for a slow rural line, minding BREACH: a page that holds personal data or a token is compressed
/// only for a request the browser itself marks as the portal's own (<c>Sec-Fetch-Site: same-origin</c>) or typed by the user (<c>none</c>).
/// A request another site makes the browser send, the only kind an attacker could size, gets the page uncompressed. Besides, the session
/// cookies are SameSite=Strict (such a request is anonymous anyway) and each antiforgery token is encrypted afresh for every page.
/// </summary>
public static class PageCompression
{
    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UsePageCompression(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            // wwwroot's files are public: any request may have them compressed.
            if (!StaticPaths.Holds(context.Request.Path) && context.Request.Headers["Sec-Fetch-Site"].ToString() is not ("same-origin" or "none"))
            {
                context.Request.Headers.AcceptEncoding = default;
            }

            return next(context);
        });
        return app.UseResponseCompression();
    }
}
