using MetodPortal.Data;
using MetodPortal.Data.Monitoring;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using MetodPortal.Domain.Routes;
using MetodPortal.Domain.Staff;
using MetodPortal.Testing;

namespace MetodPortal.IntegrationTests.Monitoring;

/// <summary>
/// The registry engine on a small region counted by hand. Municipality M1: school S1 (a, b, c, x) and school S2 (x part-time,
/// d) — x works at both; municipality M2: school S3 (e, f, g). Year 2026, reporting date 31.12.2026.
/// </summary>
public sealed class RegistryIndicatorsTests : IAsyncLifetime
{
    private static readonly DateOnly ReportingDate = new(2026, 12, 31);
    private string _connection = "";
    private int _region;
    private readonly Dictionary<string, int> _ids = [];

    public async Task InitializeAsync()
    {
        _connection = await PostgresServer.Shared.CreateDatabaseAsync("engine");
        await DatabaseInitializer.InitializeAsync(_connection, demo: false, TimeProvider.System);
        await using var db = PortalData.CreateContext(_connection, CurrentUser.System);
        var region = new Region { Code = "99", Name = "Тестовый край" };
        db.Regions.Add(region);
        var m1 = new Municipality { RegionId = region.Id, Code = "M1", Name = "Первый район", Kind = "район" };
        var m2 = new Municipality { RegionId = region.Id, Code = "M2", Name = "Второй район", Kind = "район" };
        db.Municipalities.AddRange(m1, m2);
        var centre = db.AddOrganization(new Organization { RegionId = region.Id, Name = "ЦНППМ", Type = OrganizationType.ProfessionalExcellenceCentre,
            Level = OrganizationLevel.Regional });
        Organization School(Municipality m, string name) => db.AddOrganization(new Organization
        {
            RegionId = region.Id, MunicipalityId = m.Id, Name = name, Type = OrganizationType.School, Level = OrganizationLevel.Institutional,
                CountsInIndicators = true,
        });
        var (s1, s2, s3) = (School(m1, "S1"), School(m1, "S2"), School(m2, "S3"));
        await db.SaveChangesAsync();

        Educator Person(string key, DateOnly birth, DateOnly start, bool head = false, QualificationCategory category = QualificationCategory.First)
        {
            var e = new Educator
            {
                RegionId = region.Id, LastName = key, FirstName = "Тест", BirthDate = birth, ProfessionStartDate = start, IsHead = head, Category = category,
                MatchKey = key, Position = head ? Position.Head : Position.Teacher,
            };
            db.Educators.Add(e);
            _ids[key] = e.Id;
            return e;
        }

        void Employ(Educator e, Organization o) => db.Employments.Add(new Employment
        {
            RegionId = region.Id, OrganizationId = o.Id, EducatorId = e.Id, Position = e.Position, StartDate = new DateOnly(2020, 9, 1),
        });

        var a = Person("a", new DateOnly(2000, 5, 1), new DateOnly(2025, 9, 1)); // young, newcomer: mentee of c
        var b = Person("b", new DateOnly(1970, 1, 1), new DateOnly(1992, 9, 1), head: true, QualificationCategory.Highest); // repeat diagnostic: fewer deficits
        var c = Person("c", new DateOnly(1975, 1, 1), new DateOnly(1997, 9, 1)); // mentor of a
        var x = Person("x", new DateOnly(1980, 1, 1), new DateOnly(2003, 9, 1)); // at S1 and S2; diagnosed, route
        var d = Person("d", new DateOnly(2001, 1, 1), new DateOnly(2025, 9, 1)); // young, newcomer, no support
        var e = Person("e", new DateOnly(1968, 1, 1), new DateOnly(1990, 9, 1), head: true); // ДПП in 2026
        var f = Person("f", new DateOnly(1970, 1, 1), new DateOnly(1995, 9, 1)); // community member
        var g = Person("g", new DateOnly(1995, 1, 1), new DateOnly(2018, 9, 1)); // young, not a newcomer: event for young teachers; two posts at S3
        foreach (var (who, where) in new[] { (a, s1), (b, s1), (c, s1), (x, s1), (x, s2), (d, s2), (e, s3), (f, s3), (g, s3), (g, s3) })
        {
            Employ(who, where);
        }

        var area = new CompetenceArea { RegionId = region.Id, Name = "Методические" };
        var instrument = new DiagnosticInstrument { RegionId = region.Id, Title = "Тест", Provider = "ЦНППМ", Kind = InstrumentKind.Test };
        db.AddRange(area, instrument);
        Diagnostic Diagnose(Educator who, Organization where, DateOnly date, int deficits)
        {
            var diagnostic = new Diagnostic { RegionId = region.Id, OrganizationId = where.Id, EducatorId = who.Id, InstrumentId = instrument.Id,
                Date = date, ConductedBy = "т" };
            db.Diagnostics.Add(diagnostic);
            for (var i = 0; i < deficits; i++)
            {
                var extra = new CompetenceArea { RegionId = region.Id, Name = $"Область {who.LastName}{date.Year}{i}" };
                db.CompetenceAreas.Add(extra);
                db.DiagnosticDeficits.Add(new DiagnosticDeficit
                {
                    RegionId = region.Id, OrganizationId = where.Id, EducatorId = who.Id, DiagnosticId = diagnostic.Id, CompetenceAreaId = extra.Id,
                });
            }

            return diagnostic;
        }

        Diagnose(a, s1, new DateOnly(2026, 3, 1), 1);
        Diagnose(b, s1, new DateOnly(2025, 3, 1), 3);
        Diagnose(b, s1, new DateOnly(2026, 3, 1), 1);
        var xd = Diagnose(x, s2, new DateOnly(2026, 2, 1), 2);
        Diagnose(c, s1, new DateOnly(2025, 11, 1), 1); // last year: not counted
        db.Routes.Add(new IndividualRoute
        {
            RegionId = region.Id, OrganizationId = s2.Id, EducatorId = x.Id, DiagnosticId = xd.Id, PeriodFrom = new DateOnly(2026, 3, 1),
                PeriodTo = new DateOnly(2026, 12, 31),
            Status = RouteStatus.InProgress, ApprovedOn = new DateOnly(2026, 3, 5), CreatedAt = DateTimeOffset.UtcNow,
        });

        var program = new MentoringProgram { RegionId = region.Id, OrganizationId = s1.Id, Title = "П", PeriodFrom = new DateOnly(2025, 9, 1),
            PeriodTo = new DateOnly(2027, 8, 31) };
        db.MentoringPrograms.Add(program);
        db.MentoringPairs.Add(new MentoringPair
        {
            RegionId = region.Id, OrganizationId = s1.Id, ProgramId = program.Id, MentorId = c.Id, MenteeId = a.Id,
                Form = MentoringForm.TeacherToYoungSpecialist,
            PeriodFrom = new DateOnly(2026, 1, 10), PeriodTo = new DateOnly(2026, 12, 20),
        });

        var community = new Community
        {
            RegionId = region.Id, OrganizationId = s3.Id, MunicipalityId = m2.Id, Kind = CommunityKind.SchoolAssociation,
                Level = SupportLevel.Institutional, Title = "ШМО",
            ActiveFrom = new DateOnly(2025, 9, 1),
        };
        db.Communities.Add(community);
        db.CommunityMemberships.Add(new CommunityMembership { RegionId = region.Id, OrganizationId = s3.Id, EducatorId = f.Id,
            CommunityId = community.Id, From = new DateOnly(2026, 2, 1) });

        var course = new ProfessionalProgram { RegionId = region.Id, Title = "Курс", Provider = "ИРО", Hours = 72,
            Kind = ProgramKind.AdvancedTraining, Format = ProgramFormat.InPerson };
        db.ProfessionalPrograms.Add(course);
        db.ProgramCompletions.Add(new ProgramCompletion { RegionId = region.Id, OrganizationId = s3.Id, EducatorId = e.Id, ProgramId = course.Id,
            CompletedOn = new DateOnly(2026, 6, 1) });

        var forum = new MethodicalEvent
        {
            RegionId = region.Id, OrganizationId = centre.Id, Title = "Форум", Form = EventForm.Forum, Level = SupportLevel.Regional,
                StartsOn = new DateOnly(2026, 4, 1),
            EndsOn = new DateOnly(2026, 4, 2), Place = "здесь", ForYoungTeachers = true,
        };
        db.MethodicalEvents.Add(forum);
        db.EventParticipations.Add(new EventParticipation { RegionId = region.Id, OrganizationId = s3.Id, EducatorId = g.Id, EventId = forum.Id });
        await db.SaveChangesAsync();

        _region = region.Id;
        (_ids["S1"], _ids["S2"], _ids["S3"], _ids["M1"], _ids["M2"]) = (s1.Id, s2.Id, s3.Id, m1.Id, m2.Id);
    }

    public Task DisposeAsync() => PostgresServer.Shared.DropDatabaseAsync(_connection);

    private async Task<Dictionary<(IndicatorLevel, int?), Domain.Monitoring.IndicatorCounts>> ComputeAsync(DataScope scope)
    {
        await using var db = PortalData.CreateContext(_connection, new CurrentUser(null, "test", scope));
        return (await RegistryIndicators.ComputeAsync(db, _region, 2026, ReportingDate, default)).ToDictionary(r => (r.Level, r.Id), r => r.Counts);
    }

    [Fact]
    public async Task CountsEachOrganizationTheMunicipalitiesAndTheRegionAddingPeopleNotShares()
    {
        var rows = await ComputeAsync(DataScope.ForRegion(_region));

        var s1 = rows[(IndicatorLevel.Organization, _ids["S1"])];
        Assert.Equal((4, 3, 1),
            (s1.Educators, s1.Diagnosed, s1.WithRoute)); // a, b, x diagnosed in 2026 (c only in 2025); x has a route, made at S2: a fact of the person
        Assert.Equal((1, 1, 1, 0), (s1.Newcomers, s1.NewcomersSupported, s1.Young, s1.YoungInProjects)); // a, mentee
        Assert.Equal((1, 1, 1), (s1.Heads, s1.HeadsImproved, s1.HeadsHighest)); // b: 3 deficits → 1
        Assert.Equal((1, 1, 2, 0), (s1.Organizations, s1.WithMentoringProgram, s1.InMentoring, s1.InCommunities));

        var s2 = rows[(IndicatorLevel.Organization, _ids["S2"])];
        Assert.Equal((2, 1, 1), (s2.Educators, s2.Diagnosed, s2.WithRoute)); // x, d; x diagnosed, with a route
        Assert.Equal((1, 0), (s2.Newcomers, s2.NewcomersSupported)); // d, unsupported
        Assert.Equal((1, 0), (s2.Organizations, s2.WithMentoringProgram));

        // The municipality counts x once: 5 people, not 4 + 2; 3 diagnosed (a, b, x), not 3 + 1.
        var m1 = rows[(IndicatorLevel.Municipality, _ids["M1"])];
        Assert.Equal((5, 3, 1), (m1.Educators, m1.Diagnosed, m1.WithRoute));
        Assert.Equal((2, 1, 2, 0), (m1.Newcomers, m1.NewcomersSupported, m1.Young, m1.YoungInProjects));
        Assert.Equal((2, 1), (m1.Organizations, m1.WithMentoringProgram));
        var share = m1.Shares()[0];
        Assert.Equal(60m, share.Percent); // 3 of 5 — not the mean of the schools' 75 % and 50 %, nor (3 + 1) / (4 + 2)

        var s3 = rows[(IndicatorLevel.Organization, _ids["S3"])];
        Assert.Equal((3, 0, 1, 1), (s3.Educators, s3.Diagnosed, s3.Young, s3.YoungInProjects)); // g at the forum
        Assert.Equal((1, 1, 0), (s3.Heads, s3.HeadsImproved, s3.HeadsHighest)); // e: ДПП in 2026
        Assert.Equal((0, 1), (s3.InMentoring, s3.InCommunities)); // f

        var region = rows[(IndicatorLevel.Region, null)];
        Assert.Equal((8, 3, 1, 3), (region.Educators, region.Diagnosed, region.WithRoute, region.Organizations));
        Assert.Equal((2, 2, 1), (region.Heads, region.HeadsImproved, region.HeadsHighest));
        Assert.Equal((3, 1), (region.Young, region.YoungInProjects)); // a, d, g; g
        Assert.Equal(3, rows.Count(r => r.Key.Item1 == IndicatorLevel.Organization));
        Assert.Equal(2, rows.Count(r => r.Key.Item1 == IndicatorLevel.Municipality));
    }

    [Fact]
    public async Task AMunicipalScopeCountsOnlyItsOwnTerritory()
    {
        var rows = await ComputeAsync(DataScope.ForMunicipality(_region, _ids["M2"]));
        Assert.Equal([_ids["S3"]], rows.Keys.Where(k => k.Item1 == IndicatorLevel.Organization).Select(k => k.Item2!.Value));
        Assert.Equal(3, rows[(IndicatorLevel.Region, null)].Educators);

        Assert.Empty(await ComputeAsync(DataScope.ForRegion(_region + 1)));
    }

    [Fact]
    public async Task ThePeopleBehindACountAreTheOnesCountedAndAPersonAtTwoSchoolsIsNamedOnce()
    {
        await using var db = PortalData.CreateContext(_connection, new CurrentUser(null, "test", DataScope.ForRegion(_region)));
        async Task<List<int>> People(int indicator, bool numerator, int? organization = null, int? municipality = null) =>
            [.. (await RegistryIndicators.PeopleAsync(db, _region, 2026, ReportingDate, indicator, numerator, organization, municipality, default)).Order()];
        List<int> Ids(params string[] keys) => [.. keys.Select(k => _ids[k]).Order()];

        Assert.Equal(Ids("a", "b", "x"), await People(1, numerator: true, municipality: _ids["M1"]));
        Assert.Equal(Ids("a", "b", "c", "x", "d"), await People(1, numerator: false, municipality: _ids["M1"]));
        Assert.Equal(Ids("x"), await People(2, numerator: true, organization: _ids["S2"]));
        Assert.Equal(Ids("a", "d"), await People(3, numerator: false));
        Assert.Equal(Ids("a"), await People(3, numerator: true));
        Assert.Equal(Ids("b", "e"), await People(5, numerator: true));
        Assert.False(RegistryIndicators.NamesPeople(7)); // organizations, not people
        Assert.Empty(await People(7, numerator: true));
    }

    [Fact]
    public async Task DeclaredFiguresAddTheAcceptedFormsNumeratorsAndDenominatorsNotTheirShares()
    {
        int campaignId;
        await using (var db = PortalData.CreateContext(_connection, CurrentUser.System))
        {
            var campaign = new Domain.Monitoring.MonitoringCampaign
            {
                RegionId = _region, Year = 2026, ReportingDate = ReportingDate, Deadline = DateTimeOffset.UtcNow,
                    Status = Domain.Monitoring.CampaignStatus.Open,
            };
            db.MonitoringCampaigns.Add(campaign);
            Domain.Monitoring.MonitoringForm Form(string school, int educators, int diagnosed, Domain.Monitoring.FormStatus status) => new()
            {
                RegionId = _region, OrganizationId = _ids[school], Campaign = campaign, Status = status,
                Declared = new Domain.Monitoring.IndicatorCounts { Educators = educators, Diagnosed = diagnosed, Organizations = 1 },
            };
            db.MonitoringForms.AddRange(
                Form("S1", 4, 3, Domain.Monitoring.FormStatus.Accepted), Form("S2", 2, 1, Domain.Monitoring.FormStatus.Accepted),
                Form("S3", 10, 10, Domain.Monitoring.FormStatus.Submitted));
            await db.SaveChangesAsync();
            campaignId = campaign.Id;
        }

        await using var read = PortalData.CreateContext(_connection, new CurrentUser(null, "test", DataScope.ForRegion(_region)));
        var rows = (await DeclaredIndicators.ComputeAsync(read, campaignId, default)).ToDictionary(r => (r.Level, r.Id), r => r.Counts);
        var m1 = rows[(IndicatorLevel.Municipality, _ids["M1"])].Shares()[0];
        Assert.Equal((4, 6), (m1.Part, m1.Whole)); // 66.7 %, not the mean of 75 % and 50 %
        Assert.False(rows.ContainsKey((IndicatorLevel.Municipality, _ids["M2"]))); // S3 is not accepted yet
        Assert.False(rows.ContainsKey((IndicatorLevel.Organization, _ids["S3"])));
        Assert.Equal((6, 4, 2),
            (rows[(IndicatorLevel.Region, null)].Educators, rows[(IndicatorLevel.Region, null)].Diagnosed, rows[(IndicatorLevel.Region, null)].Organizations));
    }
}
