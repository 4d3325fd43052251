using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Events.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Routes.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Events.UseCases;

public sealed class RecordParticipationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<ParticipationForm> FormAsync(int staffIndex, ParticipationRole role) => new()
    {
        OrganizationId = (await factory.OrganizationAsync(Seeded.KhvSchool)).Id,
            EducatorId = (await factory.StaffOfAsync(Seeded.KhvSchool))[staffIndex].Id, Role = role,
    };

    [Fact]
    public async Task The_school_records_its_teacher_once_and_a_repeat_is_invalid()
    {
        var e = await EventArrange.EventAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        Assert.Equal(Outcome.Done("Участие записано."),
            await scope.Get<RecordParticipation>().HandleAsync(e.Id, await FormAsync(4, ParticipationRole.Winner), default));
        var again = Assert.IsType<Outcome.Invalidity>(await scope.Get<RecordParticipation>().HandleAsync(e.Id,
            await FormAsync(4, ParticipationRole.Participant), default));

        Assert.Equal("Участие этого педагога уже записано.", Assert.Single(again.Errors.Errors).ErrorMessage);
        await using var db = factory.Db();
        Assert.Equal(ParticipationRole.Winner, (await db.EventParticipations.SingleAsync(p => p.EventId == e.Id)).Role);
    }

    [Fact]
    public async Task A_winner_of_a_seminar_is_invalid_and_another_scopes_school_is_not_found()
    {
        var e = await EventArrange.EventAsync(factory);
        await using (var arrange = factory.Db())
        {
            arrange.Attach(e);
            e.Form = Domain.Events.EventForm.Seminar;
            await arrange.SaveChangesAsync();
        }

        var elsewhere = await factory.OrganizationAsync(Seeded.KmsSchool);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        var winner = Assert.IsType<Outcome.Invalidity>(await scope.Get<RecordParticipation>().HandleAsync(e.Id,
            await FormAsync(5, ParticipationRole.Winner), default));
        var foreign = await FormAsync(5, ParticipationRole.Participant);
        foreign.OrganizationId = elsewhere.Id;

        Assert.Equal("Победители бывают только у конкурса.", Assert.Single(winner.Errors.Errors).ErrorMessage);
        Assert.Equal(Outcome.NotFound, await scope.Get<RecordParticipation>().HandleAsync(e.Id, foreign, default));
    }

    [Fact]
    public async Task A_participation_in_a_linked_event_reports_the_item_and_its_delete_plans_it_again()
    {
        var area = await OfferArrange.AreaAsync(factory, "Школьный театр");
        var seminar = await OfferArrange.EventAsync(factory, "Театр в школе", Seeded.KhvSchool, SupportLevel.Institutional, area);
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.Approved, area);
        await OfferArrange.LinkAsync(factory, item, OfferKind.Event, seminar);
        var route = await RouteArrange.ReloadAsync(factory, id);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        var form = new ParticipationForm { OrganizationId = route.OrganizationId, EducatorId = route.EducatorId, Role = ParticipationRole.Speaker };
        Assert.Equal(Outcome.Done("Участие записано." + RecordedEvidence.ReportedNote),
            await scope.Get<RecordParticipation>().HandleAsync(seminar, form, default));

        var reported = await OfferArrange.ItemAsync(factory, item);
        Assert.Equal((RouteItemStatus.Reported, "Участие в мероприятии «Театр в школе» (15.03.2027, выступающий)"), (reported.Status, reported.EvidenceNote));
        await using var delete = factory.As(await factory.PrincipalAsync("school@demo.local"));
        await delete.Get<DeleteParticipation>().HandleAsync(seminar, reported.ParticipationId!.Value, default);
        var planned = await OfferArrange.ItemAsync(factory, item);
        Assert.Equal((RouteItemStatus.Planned, null), (planned.Status, planned.ParticipationId));
    }
}
