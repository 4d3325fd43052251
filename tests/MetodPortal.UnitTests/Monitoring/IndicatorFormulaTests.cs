using MetodPortal.Domain.Monitoring;

namespace MetodPortal.UnitTests.Monitoring;

public sealed class IndicatorFormulaTests
{
    [Theory]
    [InlineData(599, 10_000, false)] // 5.99 %
    [InlineData(600, 10_000, true)] // 6.00 %
    [InlineData(601, 10_000, true)] // 6.01 %
    [InlineData(1, 17, false)] // 5.88 %
    [InlineData(3, 50, true)] // exactly 6 %
    [InlineData(0, 0, false)] // nobody to count: not met, no value
    public void AShareMeetsTheThresholdWhenItIsAtLeastTheThreshold(int part, int whole, bool meets) =>
        Assert.Equal(meets, new Share(part, whole).Meets(Indicators.DefaultThreshold));

    [Fact]
    public void HigherLevelsAddNumeratorsAndDenominatorsNeverShares()
    {
        var small = new IndicatorCounts { Educators = 10, Diagnosed = 9 };
        var large = new IndicatorCounts { Educators = 90, Diagnosed = 9 };

        var municipality = IndicatorCounts.Sum([small, large]);

        Assert.Equal(18m, municipality.Shares()[0].Percent); // 18 of 100, not the mean of 90 % and 10 %
        Assert.Null(IndicatorCounts.Zero.Shares()[0].Percent);
    }

    [Fact]
    public void APartNeverExceedsItsWhole()
    {
        Assert.Null(new IndicatorCounts { Educators = 5, Young = 2, Newcomers = 1, NewcomersSupported = 1, Heads = 1, HeadsHighest = 1,
            Organizations = 1, WithMentoringProgram = 1 }.PartError());
        Assert.NotNull(new IndicatorCounts { Educators = 5, Diagnosed = 6 }.PartError());
        Assert.NotNull(new IndicatorCounts { Educators = 5, Young = 2, Newcomers = 3 }.PartError());
        Assert.NotNull(new IndicatorCounts { Educators = 5, Heads = 1, HeadsImproved = 2 }.PartError());
        Assert.NotNull(new IndicatorCounts { Organizations = 1, WithMentoringProgram = 2 }.PartError());
    }

    [Fact]
    public void EveryIndicatorHasAPassport() =>
        Assert.Equal(Enumerable.Range(1, Indicators.Count), Indicators.Passports.Select(p => p.Number));
}
