using System.Net;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Mentoring.UseCases;

namespace MetodPortal.Web.Tests.Shell;

public sealed class ErrorSummaryOrderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_summary_lists_the_errors_in_the_order_of_the_fields_not_of_the_rules()
    {
        var program = await MentoringArrange.ProgramAsync(factory);
        var mentee = (await factory.StaffOfAsync(Seeded.KhvSchool))[0];
        using var school = await factory.LoginAsync("school@demo.local");

        // The rules check the mentor, the start, the student's name and the focus in that order; the page shows the focus first.
        var response = await school.PostAsync($"/mentoring/{program.Id}/pairs/create", ("Kind", "TeacherToYoungSpecialist"), ("MentorId", ""),
            ("MenteeId", $"{mentee.Id}"), ("StudentName", new string('я', 301)), ("CompetenceFocus", new string('я', 501)), ("PeriodFrom", ""),
            ("PeriodTo", "2027-05-31"));

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        var summary = page.QuerySelectorAll("#validation-summary li").Select(li => li.TextContent.Trim()).ToList();
        var besideFields = page.QuerySelectorAll("form .invalid-feedback").Select(e => e.TextContent.Trim()).Where(t => t != "").Distinct().ToList();
        Assert.Equal(4, summary.Count);
        Assert.Equal("Направление — не длиннее 500 символов.", summary[0]);
        Assert.Equal(besideFields, summary);
    }
}
