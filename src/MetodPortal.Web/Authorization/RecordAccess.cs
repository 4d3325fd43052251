using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace MetodPortal.Web.Authorization;

/// <summary>The signed-in user's <see cref="RecordAuthorizationHandler"/>, for use cases: they ask about the record they loaded.</summary>
public sealed class RecordAccess(IAuthorizationService authorization, IHttpContextAccessor http)
{
    public Task<bool> MayManageAsync(object record) => MayAsync(record, Operations.Manage);

    public async Task<bool> MayAsync(object record, OperationAuthorizationRequirement operation) =>
        http.HttpContext?.User is { } user && (await authorization.AuthorizeAsync(user, record, operation)).Succeeded;

    /// <summary>Whether the user's roles carry the policy: for what a use case lets only some roles set.</summary>
    public bool Allows(string policy) => http.HttpContext?.User.Allows(policy) == true;
}
