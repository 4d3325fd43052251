using System.Security.Claims;
using MetodPortal.Data.Scoping;

namespace MetodPortal.Web.Infrastructure;

/// <summary>The user of the current request, parsed from its claims once per principal.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUserSource
{
    private ClaimsPrincipal? _principal;
    private CurrentUser _current = CurrentUser.Anonymous;

    public CurrentUser Current
    {
        get
        {
            var principal = accessor.HttpContext?.User;
            if (!ReferenceEquals(principal, _principal))
            {
                _current = principal.ToCurrentUser();
                _principal = principal;
            }

            return _current;
        }
    }
}
