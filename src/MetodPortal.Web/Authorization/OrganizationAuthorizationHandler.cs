using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace MetodPortal.Web.Authorization;

public static class Operations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    public static readonly OperationAuthorizationRequirement Update = new() { Name = nameof(Update) };
}

/// <summary>
/// Where a user may act on an organization: its path must lie inside the user's scope, and the user's role must
/// allow the operation. The query filters already hide other records; this is the second, explicit check.
/// </summary>
public sealed class OrganizationAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, Organization>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Organization resource)
    {
        var inScope = context.User.Scope().ContainsPath(resource.RegionId, resource.Path);
        var roleAllows = requirement.Name switch
        {
            nameof(Operations.Read) => true,
            nameof(Operations.Update) => context.User.Allows(Policies.EditOrganization),
            _ => false,
        };
        if (inScope && roleAllows)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
