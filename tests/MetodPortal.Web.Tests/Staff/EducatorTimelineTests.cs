using System.Globalization;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Staff;

public sealed class EducatorTimelineTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheCardShowsTheWholePictureOfThePersonLatestFirst()
    {
        var teacher = await factory.DemoTeacherAsync();
        using var school = await factory.LoginAsync("school@demo.local");

        var card = await school.GetPageAsync($"/staff/{teacher.Id}");

        var entries = card.QuerySelectorAll("#timeline li").ToList();
        var kinds = entries.Select(li => li.ClassList.First(c => c.StartsWith("timeline-", StringComparison.Ordinal))).Distinct().ToList();
        Assert.Equal(["timeline-community", "timeline-diagnostic", "timeline-employment", "timeline-event", "timeline-mentoring", "timeline-route"],
            kinds.Order());
        var dates = entries.Select(li => DateOnly.ParseExact(li.QuerySelector("span")!.TextContent.Trim(), "dd.MM.yyyy",
            CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Contains(entries, li => li.TextContent.Contains("Пресс-клуб молодых педагогов", StringComparison.Ordinal));
        Assert.Contains(entries, li => li.TextContent.Contains("Наставляемая", StringComparison.Ordinal)); // Орлова Екатерина Дмитриевна
    }
}
