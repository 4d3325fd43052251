using MetodPortal.Domain;

namespace MetodPortal.UnitTests;

public sealed class RussianPluralTests
{
    [Theory]
    [InlineData(0, "0 дней")]
    [InlineData(1, "1 день")]
    [InlineData(2, "2 дня")]
    [InlineData(5, "5 дней")]
    [InlineData(11, "11 дней")]
    [InlineData(12, "12 дней")]
    [InlineData(21, "21 день")]
    [InlineData(22, "22 дня")]
    [InlineData(25, "25 дней")]
    [InlineData(111, "111 дней")]
    [InlineData(101, "101 день")]
    public void The_noun_takes_the_form_the_number_asks_for(int number, string expected) =>
        Assert.Equal(expected, RussianPlural.Count(number, "день", "дня", "дней"));
}
