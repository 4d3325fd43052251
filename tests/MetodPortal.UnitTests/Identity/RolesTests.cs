using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.UnitTests.Identity;

public sealed class RolesTests
{
    private static readonly Organization Ministry = new() { Level = OrganizationLevel.Regional, Type = OrganizationType.Ministry };
    private static readonly Organization Authority = new() { Level = OrganizationLevel.Municipal, MunicipalityId = 17,
        Type = OrganizationType.EducationAuthority };
    private static readonly Organization School = new() { Level = OrganizationLevel.Institutional, MunicipalityId = 17, Type = OrganizationType.School };

    [Theory]
    [InlineData(Roles.SystemAdmin, ScopeLevel.Global)]
    [InlineData(Roles.Ministry, ScopeLevel.Region)]
    [InlineData(Roles.RegionalMethodist, ScopeLevel.Region)]
    [InlineData(Roles.Coordinator, ScopeLevel.Municipality)]
    [InlineData(Roles.Methodist, ScopeLevel.Municipality)]
    [InlineData(Roles.SchoolAdmin, ScopeLevel.Organization)]
    [InlineData(Roles.Teacher, ScopeLevel.Organization)]
    [InlineData("Hacker", ScopeLevel.None)]
    public void EachRoleHasItsScope(string role, ScopeLevel expected) => Assert.Equal(expected, Roles.ScopeOf(role));

    [Fact]
    public void RolesFitOnlyTheirKindOfOrganization()
    {
        Assert.True(Roles.FitsOrganization(Roles.SystemAdmin, null));
        Assert.False(Roles.FitsOrganization(Roles.SystemAdmin, School));
        Assert.True(Roles.FitsOrganization(Roles.Ministry, Ministry));
        Assert.False(Roles.FitsOrganization(Roles.Ministry, School));
        Assert.True(Roles.FitsOrganization(Roles.Coordinator, Authority));
        Assert.False(Roles.FitsOrganization(Roles.Coordinator, Ministry));
        Assert.True(Roles.FitsOrganization(Roles.SchoolAdmin, School));
        Assert.False(Roles.FitsOrganization(Roles.SchoolAdmin, Authority));
        Assert.False(Roles.FitsOrganization(Roles.Teacher, null));
    }

    [Fact]
    public void EveryRoleHasARussianName() =>
        Assert.All(Roles.All, r => Assert.Matches("^[А-ЯЁ]", Roles.DisplayName(r)));
}
