using System.Security.Claims;
using MetodPortal.Data;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Scoping;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Authorization;

public static class Operations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    public static readonly OperationAuthorizationRequirement Update = new() { Name = nameof(Update) };

    /// <summary>Change or delete a record that an organization keeps: a community, an event, a mentoring programme or pair, a monitoring form.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
}

/// <summary>
/// The one answer to "may this user do this to this loaded record". An organization: its path inside the user's
/// scope, and for a change a role that edits organizations. A record an organization keeps (<see cref="Operations.Manage"/>):
/// a role that keeps records of its kind, and the keeper inside the user's subtree — seeing the record through a
/// member or a participant from the user's scope is not enough. The query filters already hide other scopes'
/// records; this is the second, explicit check on the record itself.
/// </summary>
public sealed class RecordAuthorizationHandler(PortalDbContext db) : AuthorizationHandler<OperationAuthorizationRequirement, object>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, object resource)
    {
        if (await AllowsAsync(context.User, requirement.Name, resource))
        {
            context.Succeed(requirement);
        }
    }

    private async Task<bool> AllowsAsync(ClaimsPrincipal user, string operation, object resource) => (operation, resource) switch
    {
        (nameof(Operations.Read), Organization o) => user.Scope().ContainsPath(o.RegionId, o.Path),
        (nameof(Operations.Update) or nameof(Operations.Manage), Organization o) => user.Scope().ContainsPath(o.RegionId, o.Path)
            && user.Allows(Policies.EditOrganization),
        (nameof(Operations.Manage), IOrgScoped record) when KeeperPolicy(record) is { } policy =>
            user.Allows(policy) && await db.Organizations.AnyAsync(o => o.Id == record.OrganizationId),
        _ => false,
    };

    /// <summary>The policy of the roles that keep records of this kind.</summary>
    private static string? KeeperPolicy(IOrgScoped record) => record switch
    {
        Community => Policies.ManageCommunities,
        MethodicalEvent => Policies.ManageEvents,
        MentoringProgram or MentoringPair => Policies.ManageMentoring,
        MonitoringForm => Policies.FillMonitoringForms,
        Domain.Practices.Practice => Policies.ManagePractices,
        _ => null,
    };
}
