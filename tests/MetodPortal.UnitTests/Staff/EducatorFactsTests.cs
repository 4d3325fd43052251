using MetodPortal.Domain.Staff;

namespace MetodPortal.UnitTests.Staff;

public sealed class EducatorFactsTests
{
    private static readonly DateOnly Birth = new(1991, 11, 21);

    [Fact]
    public void YoungUntilTheDayBeforeThe35thBirthday()
    {
        Assert.True(EducatorFacts.IsYoung(Birth, new DateOnly(2026, 11, 20)));
        Assert.False(EducatorFacts.IsYoung(Birth, new DateOnly(2026, 11, 21)));
        Assert.Equal(34, EducatorFacts.FullYears(Birth, new DateOnly(2026, 11, 20)));
        Assert.Equal(35, EducatorFacts.FullYears(Birth, new DateOnly(2026, 11, 21)));
    }

    [Fact]
    public void FirstThreeYearsEndOnTheThirdAnniversary()
    {
        var start = new DateOnly(2023, 9, 1);
        Assert.True(EducatorFacts.IsInFirstYears(start, new DateOnly(2026, 8, 31)));
        Assert.False(EducatorFacts.IsInFirstYears(start, new DateOnly(2026, 9, 1)));
        Assert.True(EducatorFacts.IsInFirstYears(start, start));
        Assert.False(EducatorFacts.IsInFirstYears(start, start.AddDays(-1)));
        Assert.False(EducatorFacts.IsInFirstYears(null, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void LeapDayBirthdaysTurnOnThe28thOfFebruaryLikePostgreSql()
    {
        var leap = new DateOnly(1992, 2, 29);
        Assert.True(EducatorFacts.IsYoung(leap, new DateOnly(2027, 2, 27)));
        Assert.False(EducatorFacts.IsYoung(leap, new DateOnly(2027, 2, 28)));
        Assert.Equal(35, EducatorFacts.FullYears(leap, new DateOnly(2027, 2, 28)));
    }

    [Fact]
    public void EducatorComputesAgeAndServiceAsOfADate()
    {
        var educator = new Educator { BirthDate = Birth, ProfessionStartDate = new DateOnly(2015, 9, 1) };
        var on = new DateOnly(2026, 12, 31);

        Assert.Equal(35, educator.Age(on));
        Assert.Equal(11, educator.YearsInProfession(on));
        Assert.False(educator.IsYoung(on));
        Assert.False(educator.IsInFirstYears(on));
        Assert.Null(new Educator { BirthDate = Birth }.YearsInProfession(on));
    }
}
