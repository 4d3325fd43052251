using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Routes.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Programs.UseCases;

public sealed class RecordCompletionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static RecordCompletion UseCase(Data.PortalDbContext db) => new(db, new CompletionFormValidator(db, ProgramArrange.Clock), ProgramArrange.Clock);

    [Fact]
    public async Task A_completion_is_recorded_once_and_a_repeat_is_the_forms_error()
    {
        var program = await ProgramArrange.ProgramAsync(factory, "Наставничество: практика");
        var (educator, organization) = await ProgramArrange.EmployeeAsync(factory, 4);
        var form = new CompletionForm
        {
            EducatorId = educator, OrganizationId = organization, ProgramId = program.Id, CompletedOn = new DateOnly(2026, 6, 10),
                CertificateNumber = " 2724001 ",
        };
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Прохождение программы «Наставничество: практика» записано.", educator), await UseCase(db).HandleAsync(form, default));
        var repeat = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(form, default));

        var error = Assert.Single(repeat.Errors.Errors);
        Assert.Equal(("", "Это прохождение уже записано: та же программа и та же дата окончания."), (error.PropertyName, error.ErrorMessage));
        var completion = await db.ProgramCompletions.AsNoTracking().SingleAsync(c => c.ProgramId == program.Id);
        Assert.Equal(("2724001", organization), (completion.CertificateNumber, completion.OrganizationId));
    }

    [Fact]
    public async Task A_date_in_the_future_and_a_programme_not_in_the_registry_are_invalid()
    {
        var (educator, organization) = await ProgramArrange.EmployeeAsync(factory, 5);
        var form = new CompletionForm { EducatorId = educator, OrganizationId = organization, ProgramId = int.MaxValue,
            CompletedOn = new DateOnly(2026, 12, 1) };
        await using var db = factory.Db();

        var outcome = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(form, default));

        Assert.Equal(["Выберите программу из реестра ДПП.", "Дата окончания не может быть в будущем."],
            outcome.Errors.Errors.Select(e => e.ErrorMessage).Order());
    }

    [Fact]
    public async Task An_educator_out_of_reach_is_not_found()
    {
        await using var db = factory.Db();
        Assert.Equal(Outcome.NotFound, await UseCase(db).HandleAsync(new CompletionForm { EducatorId = int.MaxValue }, default));
    }

    [Fact]
    public async Task A_completion_of_a_linked_cohorts_programme_reports_the_item_once_and_its_delete_plans_it_again()
    {
        var area = await OfferArrange.AreaAsync(factory, "Наставничество молодых");
        var program = await OfferArrange.ProgramAsync(factory, "Наставник в школе", area);
        var cohort = await OfferArrange.CohortAsync(factory, program, null);
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.Approved, area);
        var route = await RouteArrange.ReloadAsync(factory, id);
        await OfferArrange.LinkAsync(factory, item, OfferKind.Cohort, cohort);

        var form = new CompletionForm
        {
            EducatorId = route.EducatorId, OrganizationId = route.OrganizationId, ProgramId = program, CompletedOn = new DateOnly(2026, 11, 19),
            CertificateNumber = "2724777",
        };
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Прохождение программы «Наставник в школе» записано. Пункт ИОМ отмечен выполненным — ждёт подтверждения тьютора.",
            route.EducatorId), await UseCase(db).HandleAsync(form, default));

        var reported = await RouteArrange.ReloadAsync(factory, id);
        var reportedItem = reported.Items.Single();
        Assert.Equal((RouteStatus.InProgress, RouteItemStatus.Reported, "Пройдена ДПП «Наставник в школе» (19.11.2026, удостоверение № 2724777)"),
            (reported.Status, reportedItem.Status, reportedItem.EvidenceNote));
        var completion = await db.ProgramCompletions.AsNoTracking().SingleAsync(c => c.ProgramId == program);
        Assert.Equal(completion.Id, reportedItem.CompletionId);

        await using var delete = factory.Db();
        await new DeleteCompletion(delete).HandleAsync(completion.Id, default);
        var planned = (await RouteArrange.ReloadAsync(factory, id)).Items.Single();
        Assert.Equal((RouteItemStatus.Planned, null, null, cohort), (planned.Status, planned.CompletionId, planned.EvidenceNote, planned.CohortId!.Value));
    }
}
