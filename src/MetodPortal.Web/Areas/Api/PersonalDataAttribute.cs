using Microsoft.AspNetCore.Mvc.Filters;

namespace MetodPortal.Web.Areas.Api;

/// <summary>
/// An endpoint with personal data (educators, diagnostics, routes): besides its policy, the token must have been made
/// with the permission to read them; otherwise 403. Each read is then written to the access log by the action.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PersonalDataAttribute : Attribute, IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated == true && !user.HasClaim(c => c.Type == ApiTokenAuthentication.PersonalDataClaim))
        {
            context.Result = ApiProblem.Result(StatusCodes.Status403Forbidden,
                "Токен создан без права читать персональные данные. Создайте токен с этим правом на странице «Токены доступа к API».",
                context.HttpContext.Request.Path);
        }
    }
}
