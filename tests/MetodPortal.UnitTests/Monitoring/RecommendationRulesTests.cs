using MetodPortal.Domain.Monitoring;

namespace MetodPortal.UnitTests.Monitoring;

public sealed class RecommendationRulesTests
{
    [Theory]
    [InlineData(599, true)]
    [InlineData(600, false)]
    [InlineData(601, false)]
    public void ARecommendationIsNeededOnlyUnderTheThreshold(int part, bool needed) =>
        Assert.Equal(needed, RecommendationRules.IsNeeded(new Share(part, 10000), 6m));

    [Fact]
    public void NobodyToCountNeedsNoRecommendation() => Assert.False(RecommendationRules.IsNeeded(new Share(0, 0), 6m));

    [Fact]
    public void TheTextNamesTheTargetTheValueTheThresholdAndTheMeasuresOfTheRegionalComplex()
    {
        var text = RecommendationRules.TextFor(2, "МАОУ «СШ № 12»", new Share(3, 40), 10m);
        Assert.StartsWith("МАОУ «СШ № 12»: показатель 2 «ИОМ по диагностике» — 7,5 % (3 из 40) при пороге 10 %.", text, StringComparison.Ordinal);
        Assert.Contains("направление 2, п. 3.4–3.5", text, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, Indicators.Count),
            n => Assert.Contains("направление", RecommendationRules.TextFor(n, "X", new Share(1, 100), 6m), StringComparison.Ordinal));
    }
}
