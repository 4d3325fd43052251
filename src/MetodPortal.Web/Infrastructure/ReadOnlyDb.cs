using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// The context read-only work reads through — <c>[FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext</c>: on the standby when
/// <see cref="StandbyReads"/> allows it, with the same user's scope and query filters as the request's own context; else that context itself.
/// A browser that has just written (a form posted within <see cref="StandbyReads.MayMissWritesFor"/>, marked by a cookie) reads from the
/// primary, so nobody looks for their own change on a standby that has not replayed it yet. Nothing is ever saved through it: the standby
/// refuses writes.
/// </summary>
public static class ReadOnlyDb
{
    public const string Key = "read-only";
    private const string WroteCookie = "metodportal.wrote";

    public static IServiceCollection AddReadOnlyDb(this IServiceCollection services) =>
        services.AddKeyedScoped(Key, (provider, _) => Create(provider));

    /// <summary>Marks a browser that posts a form while a standby is read from (the mark lasts as long as its write may be missing there).</summary>
    public static IApplicationBuilder UseReadYourWrites(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var standby = context.RequestServices.GetRequiredService<StandbyReads>();
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && standby.Connection is not null)
        {
            context.Response.Cookies.Append(WroteCookie, "1", new CookieOptions
            {
                MaxAge = standby.MayMissWritesFor, HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, IsEssential = true,
            });
        }

        return next(context);
    });

    private static PortalDbContext Create(IServiceProvider provider)
    {
        var primary = provider.GetRequiredService<PortalDbContext>();
        var wroteLately = provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Cookies.ContainsKey(WroteCookie) == true;
        if (wroteLately || provider.GetRequiredService<StandbyReads>().Connection is not { } standby)
        {
            return primary;
        }

        var options = new DbContextOptionsBuilder<PortalDbContext>();
        PortalData.Configure(options, standby, provider.GetRequiredService<TimeProvider>());
        return new PortalDbContext(options.Options, provider.GetRequiredService<ICurrentUserSource>());
    }
}
