using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Shell;

/// <summary>A typed field (<c>&lt;field for="Form.Title" /&gt;</c>) takes its input from the property's type and its required mark and length from
/// the validator.</summary>
public sealed class FieldTagHelperTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_event_form_draws_each_field_as_its_property_and_its_validator_say()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var page = await methodist.GetPageAsync("/events/create");

        // Title: text, required (NotEmpty), at most 500 (MaximumLength) — nothing of it written in the view.
        var title = page.QuerySelector("input#Title")!;
        Assert.Equal(("text", "500", "Title"), (title.GetAttribute("type"), title.GetAttribute("maxlength"), title.GetAttribute("name")));
        Assert.NotNull(page.QuerySelector("label[for=Title] .text-danger"));
        Assert.Equal("Укажите название.", title.GetAttribute("data-val-required"));

        // EndsOn: a date, optional; Kind: the enum's values; ForYoungTeachers: a check box.
        Assert.Equal("date", page.QuerySelector("input#EndsOn")!.GetAttribute("type"));
        Assert.Null(page.QuerySelector("label[for=EndsOn] .text-danger"));
        Assert.Contains(page.QuerySelectorAll("select#Kind option"), o => o.GetAttribute("value") == "Contest");
        Assert.Equal("checkbox", page.QuerySelector("input#ForYoungTeachers")!.GetAttribute("type"));
    }

    [Fact]
    public async Task An_invalid_post_shows_the_posted_values_again_with_the_error_beside_the_field()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var organizer = await factory.OrganizationAsync("МАУ «ЦРО»");

        var response = await methodist.PostAsync("/events/create",
            ("OrganizationId", organizer.Id.Id()), ("Title", ""), ("Kind", "Seminar"), ("Level", "Municipal"), ("StartsOn", "2026-12-10"),
                ("Place", "Актовый зал"));
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Contains("is-invalid", page.QuerySelector("input#Title")!.ClassName, StringComparison.Ordinal);
        Assert.Equal("Укажите название.", page.QuerySelector("#Title-error")!.TextContent.Trim());
        Assert.Equal(("Актовый зал", "2026-12-10"),
            (page.QuerySelector("input#Place")!.GetAttribute("value"), page.QuerySelector("input#StartsOn")!.GetAttribute("value")));
        Assert.Equal("Seminar", page.QuerySelector("select#Kind option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_check_box_posts_false_when_unchecked_and_a_select_draws_the_empty_option_it_is_given()
    {
        using var school = await factory.LoginAsync("school@demo.local");
        var page = await school.GetPageAsync("/staff/create");

        // IsMain defaults to true: without the hidden «false» an unchecked box would post nothing and the default would win.
        Assert.NotNull(page.QuerySelector("input#IsMain[type=checkbox][value=true]"));
        Assert.NotNull(page.QuerySelector("input[type=hidden][name=IsMain][value=false]"));

        // The school's own staff list: its organization is the only choice, no «— выберите —» before it; the position has no
        // empty option either, the category none.
        Assert.All(new[] { "OrganizationId", "Position", "Category" },
            select => Assert.DoesNotContain(page.QuerySelectorAll($"select#{select} option"), o => o.GetAttribute("value") == ""));
        Assert.Equal("Электронная почта", page.QuerySelector("label[for=Email]")!.TextContent.Trim());
        Assert.Equal("email", page.QuerySelector("input#Email")!.GetAttribute("type"));
    }
}
