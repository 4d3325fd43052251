using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Communities.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Areas.Communities.Controllers;

/// <summary>The training of the РМА and РУА members against the 100 % goal: shares per active and per municipality, who is still to train,
/// the list to Excel.</summary>
[Area("Communities")]
[Route("communities/assets")]
[Authorize(Policies.ReadSupport)]
public sealed class AssetTrainingController(PortalDbContext db, AccessLog accessLog, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var members = await AssetTraining.MembersAsync(db, clock.Today(), ct);
        var (byActive, byMunicipality, total) = AssetTraining.Shares(members);
        return View(new AssetTrainingModel(byActive, byMunicipality, total,
            [.. members.Where(m => !m.Trained).DistinctBy(m => m.EducatorId)]));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        var members = await AssetTraining.MembersAsync(reads, clock.Today(), ct);
        await accessLog.ListAsync(AccessKind.RegistryExport, ct);
        return this.Xlsx("rma-rua-obuchenie.xlsx", "РМА и РУА", Columns, members.Select(m => (IReadOnlyList<object?>)
        [
            m.Name, m.Organization, m.Municipality ?? "региональные организации", m.Community, m.Trained ? "да" : "нет", m.TrainedOn, m.Program,
        ]));
    }

    private static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Член актива", Width: 36), new("Организация", Width: 30), new("Муниципалитет", Width: 24), new("Актив", Width: 40),
        new($"Обучен за {AssetTraining.Years} года"), new("Дата обучения", XlsxKind.Date), new("Программа", Width: 50),
    ];
}

public sealed record AssetTrainingModel(
    IReadOnlyList<TrainedShare> ByActive, IReadOnlyList<TrainedShare> ByMunicipality, TrainedShare Total, IReadOnlyList<AssetMember> ToTrain);
