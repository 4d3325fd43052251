using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;

namespace MetodPortal.UnitTests.Support;

public sealed class SupportRulesTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void AMentorIsNotTheirOwnMenteeAndAStudentIsANameNotAnEducator()
    {
        Assert.NotNull(MentoringRules.PeopleError(MentoringForm.TeacherToTeacher, 5, 5, null));
        Assert.NotNull(MentoringRules.PeopleError(MentoringForm.TeacherToTeacher, 5, null, null));
        Assert.Null(MentoringRules.PeopleError(MentoringForm.TeacherToTeacher, 5, 6, null));
        Assert.NotNull(MentoringRules.PeopleError(MentoringForm.StudentToTeacher, 5, null, " "));
        Assert.Null(MentoringRules.PeopleError(MentoringForm.StudentToTeacher, 5, null, "Ким В. А."));
    }

    [Fact]
    public void PairsOfTheSameTwoPeopleMayTouchButNotOverlap()
    {
        var earlier = new MentoringPair { Id = 1, PeriodFrom = D(2025, 9, 1), PeriodTo = D(2026, 6, 30) };
        Assert.NotNull(MentoringRules.OverlapError([earlier], null, D(2026, 6, 30), D(2027, 6, 30)));
        Assert.Null(MentoringRules.OverlapError([earlier], null, D(2026, 7, 1), D(2027, 6, 30)));
        Assert.Null(MentoringRules.OverlapError([earlier], earlier.Id, D(2025, 9, 1), D(2026, 5, 31)));

        // A pair closed early frees the rest of its period.
        earlier.ClosedOn = D(2026, 1, 31);
        Assert.Null(MentoringRules.OverlapError([earlier], null, D(2026, 2, 1), D(2026, 12, 31)));
    }

    [Fact]
    public void APairLiesInsideItsProgrammeAndClosesWithAResult()
    {
        var program = new MentoringProgram { PeriodFrom = D(2025, 9, 1), PeriodTo = D(2027, 8, 31) };
        Assert.NotNull(MentoringRules.WithinProgramError(program, D(2025, 8, 31), D(2026, 6, 30)));
        Assert.Null(MentoringRules.WithinProgramError(program, D(2025, 9, 1), D(2027, 8, 31)));
        var pair = new MentoringPair { PeriodFrom = D(2026, 9, 1), PeriodTo = D(2027, 6, 30) };
        Assert.NotNull(MentoringRules.CloseError(pair, PairStatus.Completed, D(2027, 5, 1), ""));
        Assert.NotNull(MentoringRules.CloseError(pair, PairStatus.Completed, D(2026, 8, 31), "итог"));
        Assert.NotNull(MentoringRules.CloseError(pair, PairStatus.Active, D(2027, 5, 1), "итог"));
        Assert.Null(MentoringRules.CloseError(pair, PairStatus.Terminated, D(2027, 5, 1), "итог"));
    }

    [Fact]
    public void AKindFixesItsLevelAndTheTerritoryFollowsTheLevel()
    {
        Assert.NotNull(CommunityRules.LevelError(CommunityKind.SchoolAssociation, SupportLevel.Municipal));
        Assert.NotNull(CommunityRules.LevelError(CommunityKind.RegionalMethodicalAsset, SupportLevel.Municipal));
        Assert.Null(CommunityRules.LevelError(CommunityKind.CreativeGroup, SupportLevel.Regional));
        var regional = new Organization { Id = 1, RegionId = 27 };
        var khvSchool = new Organization { Id = 2, RegionId = 27, MunicipalityId = 10 };
        var kmsSchool = new Organization { Id = 3, RegionId = 27, MunicipalityId = 11 };
        Assert.NotNull(CommunityRules.OwnerError(SupportLevel.Regional, khvSchool));
        Assert.NotNull(CommunityRules.OwnerError(SupportLevel.Municipal, regional));
        var municipal = new Community { RegionId = 27, OrganizationId = 2, MunicipalityId = 10, Level = SupportLevel.Municipal };
        Assert.True(CommunityRules.TakesMembersFrom(municipal, khvSchool));
        Assert.False(CommunityRules.TakesMembersFrom(municipal, kmsSchool));
        Assert.True(CommunityRules.TakesMembersFrom(new Community { RegionId = 27, Level = SupportLevel.Regional }, kmsSchool));
        Assert.False(CommunityRules.TakesMembersFrom(new Community { RegionId = 27, OrganizationId = 2, Level = SupportLevel.Institutional }, kmsSchool));
    }

    [Theory]
    [InlineData(ProgramKind.AdvancedTraining, 15, false)]
    [InlineData(ProgramKind.AdvancedTraining, 16, true)]
    [InlineData(ProgramKind.Retraining, 249, false)]
    [InlineData(ProgramKind.Retraining, 250, true)]
    [InlineData(ProgramKind.Retraining, 2001, false)]
    public void AProgrammeHasTheMinimumHoursOfItsKind(ProgramKind kind, int hours, bool fine) =>
        Assert.Equal(fine, ProgramRules.HoursError(kind, hours) is null);

    [Fact]
    public void AnEventHappensSomewhereAndOnlyAContestHasWinners()
    {
        Assert.NotNull(EventRules.VenueError(EventForm.Seminar, null, null));
        Assert.NotNull(EventRules.VenueError(EventForm.Webinar, null, "javascript:alert(1)"));
        Assert.Null(EventRules.VenueError(EventForm.Webinar, null, "https://example.org/w"));
        Assert.NotNull(EventRules.DatesError(D(2026, 5, 2), D(2026, 5, 1)));
        Assert.Null(EventRules.DatesError(D(2026, 5, 1), D(2026, 5, 1)));
        Assert.NotNull(EventRules.RoleError(new MethodicalEvent { Form = EventForm.Seminar }, ParticipationRole.Winner));
        Assert.Null(EventRules.RoleError(new MethodicalEvent { Form = EventForm.Contest }, ParticipationRole.Winner));
    }
}
