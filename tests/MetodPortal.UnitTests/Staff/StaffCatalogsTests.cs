using MetodPortal.Domain.Staff;

namespace MetodPortal.UnitTests.Staff;

public sealed class StaffCatalogsTests
{
    [Theory]
    [InlineData("учитель", Position.Teacher)]
    [InlineData("  Учитель ", Position.Teacher)]
    [InlineData("педагог-психолог", Position.Psychologist)]
    [InlineData("Директор", Position.Head)]
    [InlineData("заведующий", Position.Head)]
    [InlineData("руководитель (директор / заведующий)", Position.Head)]
    [InlineData("заместитель руководителя", Position.DeputyHead)]
    [InlineData("советник директора по воспитанию", Position.UpbringingAdvisor)]
    public void PositionsAreReadFromRussianWords(string text, Position expected) => Assert.Equal(expected, StaffCatalogs.ParsePosition(text));

    [Theory]
    [InlineData("космонавт")]
    [InlineData("")]
    [InlineData(null)]
    public void UnknownPositionsAreNotGuessed(string? text) => Assert.Null(StaffCatalogs.ParsePosition(text));

    [Theory]
    [InlineData("высшая", QualificationCategory.Highest)]
    [InlineData("Высшая категория", QualificationCategory.Highest)]
    [InlineData("первая", QualificationCategory.First)]
    [InlineData("соответствие занимаемой должности", QualificationCategory.MatchesPosition)]
    [InlineData("без категории", QualificationCategory.None)]
    [InlineData("", QualificationCategory.None)]
    [InlineData(null, QualificationCategory.None)]
    public void CategoriesAreReadFromRussianWords(string? text, QualificationCategory expected) => Assert.Equal(expected, StaffCatalogs.ParseCategory(text));

    [Fact]
    public void UnknownCategoryIsRejected() => Assert.Null(StaffCatalogs.ParseCategory("вторая"));

    [Fact]
    public void MatchKeyIgnoresCaseSpacesAndYo()
    {
        var birth = new DateOnly(1980, 5, 6);
        Assert.Equal(
            EducatorIdentity.MatchKey("Семёнова", "Анна", "Петровна", birth),
            EducatorIdentity.MatchKey(" СЕМЕНОВА ", "анна", "петровна  ", birth));
        Assert.NotEqual(
            EducatorIdentity.MatchKey("Семёнова", "Анна", "Петровна", birth),
            EducatorIdentity.MatchKey("Семёнова", "Анна", "Петровна", birth.AddDays(1)));
    }
}
