using MetodPortal.Domain.Communities;
using MetodPortal.Web.Areas.Communities.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Communities.UseCases;

/// <summary>A district association kept by the city's МАУ «ЦРО», and members from the demo school.</summary>
internal static class CommunityArrange
{
    public const string Owner = "МАУ «ЦРО»";
    public const string Methodist = "methodist@demo.local";

    public static CommunityForm Form(int ownerId) => new()
    {
        OrganizationId = ownerId, Kind = CommunityKind.DistrictAssociation, Level = SupportLevel.Municipal, Title = " Районное МО учителей истории ",
        ActiveFrom = new DateOnly(2026, 9, 1),
    };

    public static async Task<Community> CommunityAsync(PortalFactory factory)
    {
        var owner = await factory.OrganizationAsync(Owner);
        await using var db = factory.Db();
        var community = new Community { RegionId = owner.RegionId, OrganizationId = owner.Id, MunicipalityId = owner.MunicipalityId };
        Form(owner.Id).ApplyTo(community);
        db.Communities.Add(community);
        await db.SaveChangesAsync();
        return community;
    }

    public static async Task<CommunityMembership> MemberAsync(PortalFactory factory, Community community, int staffIndex)
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var educator = (await factory.StaffOfAsync(Seeded.KhvSchool))[staffIndex];
        await using var db = factory.Db();
        var member = new CommunityMembership
        {
            RegionId = community.RegionId, CommunityId = community.Id, OrganizationId = school.Id, EducatorId = educator.Id, From = new DateOnly(2026, 9, 15),
        };
        db.CommunityMemberships.Add(member);
        await db.SaveChangesAsync();
        return member;
    }

    public static async Task<MemberForm> MemberFormAsync(PortalFactory factory, int staffIndex) => new()
    {
        OrganizationId = (await factory.OrganizationAsync(Seeded.KhvSchool)).Id, EducatorId = (await factory.StaffOfAsync(Seeded.KhvSchool))[staffIndex].Id,
        From = new DateOnly(2026, 9, 15),
    };

    public static async Task<int> MembersAsync(PortalFactory factory, int communityId)
    {
        await using var db = factory.Db();
        return await db.CommunityMemberships.CountAsync(m => m.CommunityId == communityId);
    }
}
