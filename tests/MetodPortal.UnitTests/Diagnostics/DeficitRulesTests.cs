using MetodPortal.Domain.Diagnostics;

namespace MetodPortal.UnitTests.Diagnostics;

public sealed class DeficitRulesTests
{
    private static readonly InstrumentArea Subject = new() { CompetenceAreaId = 1, MaxScore = 20, Threshold = 12 };
    private static readonly InstrumentArea Digital = new() { CompetenceAreaId = 2, MaxScore = 10, Threshold = 6 };

    [Theory]
    [InlineData("11.99", true)]
    [InlineData("12", false)]
    [InlineData("12.01", false)]
    [InlineData("0", true)]
    [InlineData("20", false)]
    public void AScoreUnderTheThresholdIsADeficitAndAScoreAtTheThresholdIsNot(string score, bool deficit) =>
        Assert.Equal(deficit, DeficitRules.IsDeficit(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), 12));

    [Theory]
    [InlineData(null, "Укажите балл.")]
    [InlineData("-0.5", "Балл не может быть отрицательным.")]
    [InlineData("20.5", "Балл не может быть больше максимального (20).")]
    [InlineData("7.125", "Не больше двух знаков после запятой.")]
    [InlineData("20", null)]
    [InlineData("0", null)]
    public void ScoresAreCheckedAgainstTheInstrumentsScale(string? score, string? error) =>
        Assert.Equal(error, DeficitRules.ScoreError(score is null ? null : decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), 20));

    [Fact]
    public void SetResultsDerivesDeficitsFromScoresAndKeepsManualOnesWithTheirNote()
    {
        var diagnostic = new Diagnostic { RegionId = 1, OrganizationId = 5, EducatorId = 9 };
        diagnostic.SetResults([Subject, Digital], new Dictionary<int, decimal> { [1] = 12, [2] = 5.5m }, new Dictionary<int,
            string?> { [3] = "не ведёт электронный журнал" });

        Assert.Equal([2, 3], diagnostic.Deficits.Select(d => d.CompetenceAreaId).Order());
        Assert.False(diagnostic.Deficits.Single(d => d.CompetenceAreaId == 2).IsManual);
        Assert.Equal("не ведёт электронный журнал", diagnostic.Deficits.Single(d => d.CompetenceAreaId == 3).Note);
        Assert.All(diagnostic.Scores.Cast<object>().Concat(diagnostic.Deficits), row =>
        {
            var owned = (Domain.Scoping.IEducatorOwned)row;
            Assert.Equal((1, 5, 9), (owned.RegionId, owned.OrganizationId, owned.EducatorId));
        });
    }

    [Fact]
    public void AnEditRecomputesDeficitsInPlace()
    {
        var diagnostic = new Diagnostic();
        diagnostic.SetResults([Subject, Digital], new Dictionary<int, decimal> { [1] = 3, [2] = 3 }, new Dictionary<int, string?>());
        var subjectScore = diagnostic.Scores.Single(s => s.CompetenceAreaId == 1);

        diagnostic.SetResults([Subject, Digital], new Dictionary<int, decimal> { [1] = 15, [2] = 3 }, new Dictionary<int, string?>());

        Assert.Same(subjectScore, diagnostic.Scores.Single(s => s.CompetenceAreaId == 1));
        Assert.Equal(15, subjectScore.Score);
        Assert.Equal([2], diagnostic.Deficits.Select(d => d.CompetenceAreaId));
    }

    [Fact]
    public void AManualDeficitInAnAreaAlreadyUnderThresholdIsCountedOnce()
    {
        var diagnostic = new Diagnostic();
        diagnostic.SetResults([Digital], new Dictionary<int, decimal> { [2] = 1 }, new Dictionary<int, string?> { [2] = "и по наблюдению" });

        var deficit = Assert.Single(diagnostic.Deficits);
        Assert.False(deficit.IsManual);
    }

    [Fact]
    public void ComparisonSaysWhatWasClosedWhatRemainsAndWhatIsNew()
    {
        var change = DeficitRules.Compare([1, 2, 3], [3, 4]);

        Assert.Equal([1, 2], change.Closed);
        Assert.Equal([3], change.Remaining);
        Assert.Equal([4], change.New);
        Assert.True(change.Improved);
        Assert.False(DeficitRules.Compare([1], [1, 2]).Improved);
        Assert.False(DeficitRules.Compare([1], [2]).Improved);
    }
}
