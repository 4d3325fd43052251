using System.Security.Claims;
using MetodPortal.Data.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MetodPortal.Web.Tests.Infrastructure;

/// <summary>
/// A use case as a signed-in user runs it: resolved from a scope of the portal whose request carries the user's
/// principal, so its context filters by the user's scope and its authorization asks about that user.
/// </summary>
public static class UseCaseScope
{
    /// <summary>The principal the portal gives the user at sign-in.</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(this PortalFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        return await principals.CreateAsync((await users.FindByEmailAsync(email))!);
    }

    /// <summary>A scope acting as <paramref name="user"/>. Not async on purpose: the request it sets must stay for the caller's flow.</summary>
    public static AsyncServiceScope As(this PortalFactory factory, ClaimsPrincipal user)
    {
        var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user,
            RequestServices = scope.ServiceProvider };
        return scope;
    }

    public static T Get<T>(this AsyncServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>The user the scope acts as, for the use cases that take the principal itself.</summary>
    public static ClaimsPrincipal User(this AsyncServiceScope scope) => scope.Get<IHttpContextAccessor>().HttpContext!.User;
}
