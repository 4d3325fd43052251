using MetodPortal.Domain.Monitoring;

namespace MetodPortal.UnitTests.Monitoring;

/// <summary>The indicators are named in the words of the act, the territory filled in or left out by level.</summary>
public sealed class IndicatorWordingTests
{
    [Fact]
    public void The_region_level_quotes_the_act_without_a_territory()
    {
        Assert.Equal("Доля педагогических работников и управленческих кадров, прошедших диагностику профессиональных дефицитов",
            Indicators.Passports[0].Wording);
        Assert.Equal(
            "Доля руководителей образовательных организаций с высоким уровнем сформированности профессиональных компетенций (имеющих высшую категорию) "
                + "от общего числа руководителей",
            Indicators.Passports[5].Wording);
        Assert.Equal("Доля педагогов, включенных в сетевые сообщества, от общего числа педагогов", Indicators.Passports[8].Wording);
        Assert.All(Indicators.Passports, p => Assert.DoesNotContain("{", p.Wording, StringComparison.Ordinal));
    }

    [Fact]
    public void A_municipality_is_named_where_the_act_names_the_city()
    {
        Assert.Equal(
            "Доля педагогических работников и управленческих кадров города Хабаровска, для которых были разработаны индивидуальные образовательные "
                + "маршруты на основе результатов диагностики профессиональных дефицитов",
            Indicators.Passports[1].WordingFor("город Хабаровск"));
        Assert.Equal(
            "Доля педагогических работников образовательных организаций Амурского муниципального района в возрасте до 35 лет, участвующих в различных "
                + "формах поддержки и сопровождения в первые 3 года работы",
            Indicators.Passports[2].WordingFor("Амурский муниципальный район"));
        Assert.Equal(Indicators.Passports[7].Wording, Indicators.Passports[7].WordingFor("город Хабаровск")); // no territory in the act's wording
    }

    [Theory]
    [InlineData("город Хабаровск", "города Хабаровска")]
    [InlineData("город Комсомольск-на-Амуре", "города Комсомольска-на-Амуре")]
    [InlineData("Советско-Гаванский муниципальный район", "Советско-Гаванского муниципального района")]
    [InlineData("Солнечный муниципальный район", "Солнечного муниципального района")]
    [InlineData("муниципальный район имени Полины Осипенко", "муниципального района имени Полины Осипенко")]
    public void Municipality_names_take_the_genitive(string name, string genitive) => Assert.Equal(genitive, Territory.Genitive(name));
}
