using MetodPortal.Domain;

namespace MetodPortal.UnitTests;

public sealed class RussianGenderTests
{
    [Theory]
    [InlineData("Иванова", "Петровна", true)]
    [InlineData("Ким", "Ильинична", true)]
    [InlineData("Алиева", "Эльчин кызы", true)]
    [InlineData("Иванов", "Петрович", false)]
    [InlineData("Мамедов", "Эльчин оглы", false)]
    [InlineData("Белая", null, true)]
    [InlineData("Смирнова", "", true)]
    [InlineData("Ким", null, false)]
    [InlineData("Кузьмина", " ", true)]
    public void The_patronymic_says_it_and_else_the_surname(string last, string? middle, bool feminine) =>
        Assert.Equal(feminine, RussianGender.IsFeminine(last, middle));
}
