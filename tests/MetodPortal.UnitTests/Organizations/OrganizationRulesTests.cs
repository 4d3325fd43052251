using MetodPortal.Domain.Organizations;

namespace MetodPortal.UnitTests.Organizations;

public sealed class OrganizationRulesTests
{
    [Theory]
    [InlineData(OrganizationType.Ministry, false, OrganizationLevel.Regional)]
    [InlineData(OrganizationType.ProfessionalExcellenceCentre, false, OrganizationLevel.Regional)]
    [InlineData(OrganizationType.College, false, OrganizationLevel.Regional)]
    [InlineData(OrganizationType.EducationAuthority, true, OrganizationLevel.Municipal)]
    [InlineData(OrganizationType.SupportCentre, true, OrganizationLevel.Municipal)]
    [InlineData(OrganizationType.School, true, OrganizationLevel.Institutional)]
    [InlineData(OrganizationType.Kindergarten, true, OrganizationLevel.Institutional)]
    public void LevelFollowsTypeAndMunicipality(OrganizationType type, bool inMunicipality, OrganizationLevel expected) =>
        Assert.Equal(expected, OrganizationRules.LevelOf(type, inMunicipality));

    [Theory]
    [InlineData(OrganizationType.Ministry, true)]
    [InlineData(OrganizationType.School, false)]
    [InlineData(OrganizationType.EducationAuthority, false)]
    public void ImpossiblePlacementsHaveNoLevel(OrganizationType type, bool inMunicipality) =>
        Assert.Null(OrganizationRules.LevelOf(type, inMunicipality));

    [Fact]
    public void StatusIsActiveInsideItsPeriodOnly()
    {
        var status = new OrganizationStatus { ValidFrom = new DateOnly(2025, 1, 15), ValidTo = new DateOnly(2026, 12, 31) };

        Assert.False(status.IsActiveOn(new DateOnly(2025, 1, 14)));
        Assert.True(status.IsActiveOn(new DateOnly(2025, 1, 15)));
        Assert.True(status.IsActiveOn(new DateOnly(2026, 12, 31)));
        Assert.False(status.IsActiveOn(new DateOnly(2027, 1, 1)));
        Assert.True(new OrganizationStatus { ValidFrom = new DateOnly(2020, 1, 1) }.IsActiveOn(new DateOnly(2099, 1, 1)));
    }
}
