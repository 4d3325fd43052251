using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Plan;

public sealed class WriteAnalysisTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_text_is_written_section_by_section_an_unknown_section_is_refused_and_a_report_in_review_is_not_written()
    {
        var draft = await AnalysisArrange.OpenedAsync(factory, 2041);
        var inReview = await AnalysisArrange.DemoInReviewAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync(PlanArrange.Cnppm));
        var write = scope.Get<WriteAnalysis>();

        Assert.IsType<Outcome.Success>(await write.HandleAsync(draft.Id, new Dictionary<string, string?>
            { ["summary"] = "Итоги", ["indicator:2"] = "ИОМ ниже 10 %", ["risks"] = "", ["proposals"] = "Десанты" }, default));
        Assert.IsType<Outcome.Success>(await write.HandleAsync(draft.Id, new Dictionary<string, string?> { ["proposals"] = "" }, default));
        Assert.Equal("Такого раздела в отчёте нет.", Assert.IsType<Outcome.Refusal>(await write.HandleAsync(draft.Id,
            new Dictionary<string, string?> { ["indicator:12"] = "—" }, default)).Reason);
        Assert.StartsWith("Отчёт на рассмотрении", Assert.IsType<Outcome.Refusal>(await write.HandleAsync(inReview.Id,
            new Dictionary<string, string?> { ["summary"] = "Иное" }, default)).Reason, StringComparison.Ordinal);

        var written = await AnalysisArrange.ReportOfAsync(factory, draft.CampaignId);
        Assert.Equal(["indicator:2", "summary"], written.Sections.Select(s => s.Key).Order(StringComparer.Ordinal));
        Assert.NotEqual("Иное", (await AnalysisArrange.ReportOfAsync(factory, inReview.CampaignId)).TextOf("summary"));
    }
}
