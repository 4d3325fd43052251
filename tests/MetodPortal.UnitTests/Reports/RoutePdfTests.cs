using MetodPortal.Reports.Routes;
using MetodPortal.Testing;

namespace MetodPortal.UnitTests.Reports;

public sealed class RoutePdfTests
{
    private static RouteDocument Document(int items) => new(
        "Орлова Екатерина Дмитриевна", "МАОУ «СШ № 12»", "учитель", "Диагностика профессиональных дефицитов (ЕФОМ)", new DateOnly(2026, 3, 5),
        [new("Методические компетенции", "балл 10 из 20 при пороге 12"), new("Цифровые компетенции", "выявлен методистом: не использует ЭОР")],
        [.. Enumerable.Range(1, items).Select(i => new RouteDocumentItem("Методические компетенции", $"Цель номер {i}: освоить формирующее оценивание на уроке",
            "курсы ДПП", new DateOnly(2026, 6, 30), $"Результат {i}", "запланирован"))],
        "Громова Татьяна Алексеевна", new DateOnly(2026, 3, 20), new DateOnly(2027, 3, 19), "в работе", new DateOnly(2026, 3, 20), "Громова Татьяна Алексеевна",
        "Громова Татьяна Алексеевна", new DateOnly(2026, 11, 21));

    [Fact]
    public void TheDocumentHoldsTheEducatorTheDeficitsAndEveryItemInCyrillic()
    {
        var pdf = RoutePdf.Render(Document(3));

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        var text = PdfText.Of(pdf);
        Assert.Contains("Индивидуальный образовательный маршрут", text, StringComparison.Ordinal);
        Assert.Contains("Орлова Екатерина Дмитриевна", text, StringComparison.Ordinal);
        Assert.Contains("05.03.2026", text, StringComparison.Ordinal);
        Assert.Contains("Цифровые компетенции", text, StringComparison.Ordinal);
        Assert.Contains("не использует ЭОР", text, StringComparison.Ordinal);
        for (var i = 1; i <= 3; i++)
        {
            Assert.Contains($"Результат {i}", text, StringComparison.Ordinal);
        }

        Assert.Contains("Орлова Е. Д.", text, StringComparison.Ordinal);
        Assert.Contains("стр. 1 из 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongRouteRunsOverPagesAndNumbersThem()
    {
        var text = PdfText.Of(RoutePdf.Render(Document(40)));

        Assert.Contains("Результат 40", text, StringComparison.Ordinal);
        Assert.Matches(@"стр\. 2 из \d", text);
    }

    [Fact]
    public void EveryPageRendersWithInkOnIt()
    {
        var pages = PdfText.InkPerPage(RoutePdf.Render(Document(40)));
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        Assert.All(pages, ink => Assert.InRange(ink, 0.002, 0.5));
    }
}
