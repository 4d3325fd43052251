using Microsoft.AspNetCore.Authorization;

namespace MetodPortal.Web.Authorization;

/// <summary>The signed-in user's <see cref="RecordAuthorizationHandler"/>, for use cases: they ask about the record they loaded.</summary>
public sealed class RecordAccess(IAuthorizationService authorization, IHttpContextAccessor http)
{
    public async Task<bool> MayManageAsync(object record) =>
        http.HttpContext?.User is { } user && (await authorization.AuthorizeAsync(user, record, Operations.Manage)).Succeeded;
}
