using MetodPortal.Domain.Routes;

namespace MetodPortal.UnitTests.Routes;

public sealed class RouteRulesTests
{
    private static IndividualRoute Route(RouteStatus status, params RouteItemStatus[] items)
    {
        var route = new IndividualRoute { Status = status, TutorUserId = 7, PeriodFrom = new(2026, 1, 1), PeriodTo = new(2026, 12, 31) };
        foreach (var s in items)
        {
            route.Add(new RouteItem { Goal = "Цель", Deadline = new(2026, 6, 1), Status = s });
        }

        return route;
    }

    [Fact]
    public void AnEmptyRouteCannotBeApproved() =>
        Assert.Equal("Пустой ИОМ нельзя утвердить: добавьте хотя бы один пункт.", RouteRules.ApproveError(Route(RouteStatus.Draft)));

    [Fact]
    public void ADraftWithItemsAndATutorIsApproved() => Assert.Null(RouteRules.ApproveError(Route(RouteStatus.Draft, RouteItemStatus.Planned)));

    [Fact]
    public void ApprovalNeedsATutorAndDeadlinesInsideThePeriod()
    {
        var noTutor = Route(RouteStatus.Draft, RouteItemStatus.Planned);
        noTutor.TutorUserId = null;
        Assert.NotNull(RouteRules.ApproveError(noTutor));

        var late = Route(RouteStatus.Draft, RouteItemStatus.Planned);
        late.Items[0].Deadline = new DateOnly(2027, 1, 1);
        Assert.Contains("выходит за период", RouteRules.ApproveError(late), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RouteStatus.Approved)]
    [InlineData(RouteStatus.InProgress)]
    [InlineData(RouteStatus.Completed)]
    [InlineData(RouteStatus.Cancelled)]
    public void OnlyADraftIsApprovedOrEdited(RouteStatus status)
    {
        Assert.NotNull(RouteRules.ApproveError(Route(status, RouteItemStatus.Planned)));
        Assert.NotNull(RouteRules.EditError(Route(status, RouteItemStatus.Planned)));
    }

    [Fact]
    public void ARouteCompletesOnlyWhenEveryItemIsDoneOrCancelled()
    {
        Assert.Contains("осталось 1", RouteRules.CompleteError(Route(RouteStatus.InProgress, RouteItemStatus.Done, RouteItemStatus.Reported)),
            StringComparison.Ordinal);
        Assert.Contains("осталось 1", RouteRules.CompleteError(Route(RouteStatus.InProgress, RouteItemStatus.Done, RouteItemStatus.Planned)),
            StringComparison.Ordinal);
        Assert.Null(RouteRules.CompleteError(Route(RouteStatus.InProgress, RouteItemStatus.Done, RouteItemStatus.Cancelled)));
        Assert.NotNull(RouteRules.CompleteError(Route(RouteStatus.InProgress, RouteItemStatus.Cancelled)));
        Assert.NotNull(RouteRules.CompleteError(Route(RouteStatus.Draft, RouteItemStatus.Done)));
        Assert.NotNull(RouteRules.CompleteError(Route(RouteStatus.Completed, RouteItemStatus.Done)));
    }

    [Fact]
    public void ReportingAnItemNeedsEvidenceAndAnOpenRoute()
    {
        var route = Route(RouteStatus.InProgress, RouteItemStatus.Planned);
        var item = route.Items[0];
        Assert.NotNull(RouteRules.ReportError(route, item, "  ", hasFile: false));
        Assert.Null(RouteRules.ReportError(route, item, "Провела открытый урок", hasFile: false));
        Assert.Null(RouteRules.ReportError(route, item, null, hasFile: true));
        Assert.NotNull(RouteRules.ReportError(Route(RouteStatus.Draft, RouteItemStatus.Planned), item, "сделано", false));
        Assert.NotNull(RouteRules.ReportError(Route(RouteStatus.Completed, RouteItemStatus.Planned), item, "сделано", false));
    }

    [Fact]
    public void TheTutorConfirmsAReportedItemOrClosesAPlannedOneWithANote()
    {
        var route = Route(RouteStatus.InProgress, RouteItemStatus.Reported, RouteItemStatus.Planned, RouteItemStatus.Done);
        Assert.Null(RouteRules.ConfirmError(route, route.Items[0], null));
        Assert.NotNull(RouteRules.ConfirmError(route, route.Items[1], null));
        Assert.Null(RouteRules.ConfirmError(route, route.Items[1], "Посетила занятие, подтверждаю"));
        Assert.NotNull(RouteRules.ConfirmError(route, route.Items[2], "ещё раз"));
    }

    [Fact]
    public void ReturningAndCancellingItemsNeedAWord()
    {
        var route = Route(RouteStatus.InProgress, RouteItemStatus.Reported, RouteItemStatus.Done);
        Assert.NotNull(RouteRules.ReturnItemError(route, route.Items[0], ""));
        Assert.Null(RouteRules.ReturnItemError(route, route.Items[0], "Приложите конспект"));
        Assert.NotNull(RouteRules.CancelItemError(route, route.Items[0], null));
        Assert.Null(RouteRules.CancelItemError(route, route.Items[0], "Курсы не набрали группу"));
        Assert.NotNull(RouteRules.CancelItemError(route, route.Items[1], "поздно"));
    }

    [Fact]
    public void AnApprovedRouteGoesBackToDraftOnlyBeforeAnyWorkIsReported()
    {
        Assert.Null(RouteRules.ReturnToDraftError(Route(RouteStatus.Approved, RouteItemStatus.Planned)));
        Assert.NotNull(RouteRules.ReturnToDraftError(Route(RouteStatus.Approved, RouteItemStatus.Reported)));
        Assert.NotNull(RouteRules.ReturnToDraftError(Route(RouteStatus.InProgress, RouteItemStatus.Planned)));
    }

    [Fact]
    public void CancellingNeedsAReasonAndAnOpenRoute()
    {
        Assert.NotNull(RouteRules.CancelError(Route(RouteStatus.InProgress), " "));
        Assert.Null(RouteRules.CancelError(Route(RouteStatus.InProgress), "Педагог уволился"));
        Assert.NotNull(RouteRules.CancelError(Route(RouteStatus.Completed), "Педагог уволился"));
    }

    [Theory]
    [InlineData("отчёт.pdf", "%PDF-1.7", null)]
    [InlineData("фото.PNG", "\u0089PNG", null)]
    [InlineData("конспект.docx", "PK\u0003\u0004", null)]
    [InlineData("вирус.exe", "MZ", "Допустимы файлы PDF, JPG, PNG и документы Office (DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT).")]
    [InlineData("вирус.pdf", "MZ\u0090\u0000", "Содержимое файла не соответствует его расширению.")]
    public void EvidenceFilesAreCheckedByExtensionAndContent(string name, string head, string? error) =>
        Assert.Equal(error, RouteRules.EvidenceError(name, 1000, System.Text.Encoding.Latin1.GetBytes(head)));

    [Fact]
    public void EvidenceOverTenMegabytesIsRefused() =>
        Assert.Equal("Файл больше 10 МБ.", RouteRules.EvidenceError("a.pdf", RouteRules.MaxEvidenceBytes + 1, "%PDF"u8));
}
