using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.Controllers;

// What the pages of RoutesController show: the list, the card, the forms and the cancel page.

public sealed record RouteListModel(RouteFilter Filter, Page<RouteRow> Page, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Municipalities, DateOnly Today);

public sealed record EvidenceFile(int Id, int ItemId, string FileName, long Size, DateTimeOffset UploadedAt);

public sealed record RouteCardModel(
    IndividualRoute Route, Domain.Diagnostics.Diagnostic? Diagnostic, IReadOnlyDictionary<int, string> UserNames, ILookup<int, EvidenceFile> Files,
    bool CanManage, bool CanReport, DateOnly Today, string? Refusal);

public sealed record RouteFormModel(
    RouteForm Form, IndividualRoute? Existing, Domain.Staff.Educator Educator, Domain.Diagnostics.Diagnostic? Diagnostic, IReadOnlyList<Choice> Workplaces,
    IReadOnlyList<Choice> Tutors);

public sealed record RouteItemFormModel(IndividualRoute Route, RouteItem? Item, RouteItemForm Form, IReadOnlyList<Choice> Areas);

public sealed record RouteReasonModel(IndividualRoute Route, string? Reason);
