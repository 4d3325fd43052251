using MetodPortal.Domain.Organizations;

namespace MetodPortal.UnitTests.Organizations;

public sealed class OrganizationPathTests
{
    [Fact]
    public void PathsNestRegionMunicipalityOrganization()
    {
        Assert.Equal("1.", OrganizationPath.OfRegion(1));
        Assert.Equal("1.17.", OrganizationPath.OfMunicipality(1, 17));
        Assert.Equal("1.0.", OrganizationPath.OfMunicipality(1, null));
        Assert.Equal("1.17.305.", OrganizationPath.Of(1, 17, null, 305));
        Assert.Equal("1.17.305.412.", OrganizationPath.Of(1, 17, "1.17.305.", 412));
    }

    [Theory]
    [InlineData("1.17.305.", "1.", true)]
    [InlineData("1.17.305.", "1.17.", true)]
    [InlineData("1.17.305.412.", "1.17.305.", true)]
    [InlineData("1.17.305.", "1.17.305.", true)]
    [InlineData("1.171.5.", "1.17.", false)] // a prefix test on whole segments: municipality 171 is not inside 17
    [InlineData("1.17.3050.", "1.17.305.", false)]
    [InlineData("11.2.3.", "1.", false)]
    [InlineData("1.0.3.", "1.17.", false)]
    public void IsWithinComparesWholeSegments(string path, string scope, bool expected) =>
        Assert.Equal(expected, OrganizationPath.IsWithin(path, scope));
}
