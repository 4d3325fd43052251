using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
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
}
