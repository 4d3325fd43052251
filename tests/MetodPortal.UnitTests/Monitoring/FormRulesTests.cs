using MetodPortal.Domain.Monitoring;

namespace MetodPortal.UnitTests.Monitoring;

public sealed class FormRulesTests
{
    private static readonly IndicatorCounts Registry = new() { Educators = 10, Diagnosed = 4, Organizations = 1 };

    private static MonitoringCampaign Campaign(CampaignStatus status = CampaignStatus.Open) =>
        new() { Year = 2026, ReportingDate = new DateOnly(2026, 12, 31),
            Deadline = new DateTimeOffset(2027, 1, 20, 23, 59, 0, TimeSpan.FromHours(10)), Status = status };

    private static MonitoringForm Form(FormStatus status, IndicatorCounts? declared = null, string? comment = null) =>
        new() { Status = status, Declared = declared ?? Registry, DiscrepancyComment = comment };

    [Fact]
    public void ADraftMatchingTheRegistryIsSentWithoutAComment() =>
        Assert.Null(FormRules.SubmitError(Form(FormStatus.Draft), Campaign(), Registry));

    [Fact]
    public void ADiscrepancyNeedsAComment()
    {
        var declared = Registry with { Diagnosed = 5 };
        Assert.Contains("поясните", FormRules.SubmitError(Form(FormStatus.Draft, declared), Campaign(), Registry), StringComparison.Ordinal);
        Assert.Null(FormRules.SubmitError(Form(FormStatus.Returned, declared, "Две диагностики проведены ИРО, в реестр не внесены"), Campaign(), Registry));
    }

    [Fact]
    public void APartExceedingItsWholeIsNotSent() =>
        Assert.NotNull(FormRules.SubmitError(Form(FormStatus.Draft, Registry with { Diagnosed = 11 }, "к"), Campaign(), Registry));

    [Theory]
    [InlineData(FormStatus.Submitted)]
    [InlineData(FormStatus.Accepted)]
    public void ASentOrAcceptedFormIsReadOnly(FormStatus status)
    {
        Assert.NotNull(FormRules.SaveError(Form(status), Campaign()));
        Assert.NotNull(FormRules.SubmitError(Form(status), Campaign(), Registry));
    }

    [Fact]
    public void AClosedOrUnopenedCampaignIsReadOnly()
    {
        Assert.NotNull(FormRules.SaveError(Form(FormStatus.Draft), Campaign(CampaignStatus.Closed)));
        Assert.NotNull(FormRules.SaveError(Form(FormStatus.Draft), Campaign(CampaignStatus.Preparation)));
        Assert.NotNull(FormRules.AcceptError(Form(FormStatus.Submitted), Campaign(CampaignStatus.Closed)));
    }

    [Fact]
    public void TheCoordinatorAcceptsOrReturnsWithACommentAndReopensWithAReason()
    {
        Assert.Null(FormRules.AcceptError(Form(FormStatus.Submitted), Campaign()));
        Assert.NotNull(FormRules.AcceptError(Form(FormStatus.Draft), Campaign()));
        Assert.NotNull(FormRules.ReturnError(Form(FormStatus.Submitted), Campaign(), " "));
        Assert.Null(FormRules.ReturnError(Form(FormStatus.Submitted), Campaign(), "Уточните число руководителей"));
        Assert.NotNull(FormRules.ReopenError(Form(FormStatus.Submitted), Campaign(), "причина"));
        Assert.NotNull(FormRules.ReopenError(Form(FormStatus.Accepted), Campaign(), ""));
        Assert.Null(FormRules.ReopenError(Form(FormStatus.Accepted), Campaign(), "Ошибка в числе педагогов"));
    }

    [Fact]
    public void ASubmissionAfterTheDeadlineIsLate()
    {
        var campaign = Campaign();
        Assert.False(FormRules.IsLate(campaign.Deadline, campaign));
        Assert.True(FormRules.IsLate(campaign.Deadline.AddSeconds(1), campaign));
        Assert.Equal(Indicators.DefaultThreshold, campaign.ThresholdOf(9));
    }

    [Theory]
    [InlineData(FormStatus.Submitted, CampaignStatus.Open, new[] { FormAction.Accept, FormAction.Return })]
    [InlineData(FormStatus.Accepted, CampaignStatus.Open, new[] { FormAction.Reopen })]
    [InlineData(FormStatus.Draft, CampaignStatus.Open, new FormAction[0])]
    [InlineData(FormStatus.Submitted, CampaignStatus.Closed, new FormAction[0])]
    public void A_form_offers_the_coordinators_steps_its_rules_would_take(FormStatus status, CampaignStatus campaignStatus, FormAction[] offered)
    {
        var (form, campaign) = (Form(status), Campaign(campaignStatus));
        Assert.Equal(offered, Enum.GetValues<FormAction>().Where(a => FormRules.Can(form, campaign, a)));
        Assert.Equal(offered.Contains(FormAction.Accept), FormRules.AcceptError(form, campaign) is null);
        Assert.Equal(offered.Contains(FormAction.Reopen), FormRules.ReopenError(form, campaign, "причина") is null);
    }
}
