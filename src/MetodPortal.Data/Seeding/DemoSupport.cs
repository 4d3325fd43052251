using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Seeding;

/// <summary>
/// Demo forms of support, so that every indicator has a non-trivial value for the demo schools: mentoring programmes
/// in two of three organizations with pairs for the young teachers, communities of every level, ДПП completed by
/// heads and teachers, and events (some for young teachers) with participants. Deterministic, like the demo staff.
/// </summary>
internal static class DemoSupport
{
    public static async Task SeedAsync(PortalDbContext db, Region region, Educator teacher, CancellationToken ct)
    {
        var organizations = await db.Organizations.Where(o => o.RegionId == region.Id).ToListAsync(ct);
        var institutions = organizations.Where(o => o.Level == OrganizationLevel.Institutional).OrderBy(o => o.Id).ToList();
        var municipalities = await db.Municipalities.Where(m => m.RegionId == region.Id).ToDictionaryAsync(m => m.Code, m => m.Id, ct);
        var jobs = await db.Employments.Include(e => e.Educator).Where(e => e.RegionId == region.Id && e.IsMain).OrderBy(e => e.Id).ToListAsync(ct);
        var staffOf = jobs.GroupBy(j => j.OrganizationId).ToDictionary(g => g.Key, g => g.Select(j => j.Educator!).ToList());
        var reference = new DateOnly(2026, 9, 1);
        Organization Named(string shortName) => organizations.First(o => o.ShortName == shortName);
        Organization Of(string code, OrganizationType type) => organizations.First(o => o.MunicipalityId == municipalities[code] && o.Type == type);

        var mentoring = SeedMentoring(db, institutions, staffOf, reference);
        var regionalCentre = organizations.First(o => o.MunicipalityId == null && o.Type == OrganizationType.ProfessionalExcellenceCentre);
        SeedCommunities(db, staffOf, mentoring, reference, Named("МАУ «ЦРО»"), Of("KMS", OrganizationType.EducationAuthority),
            Named("МАОУ «СШ № 12»"), regionalCentre, teacher);
        SeedPrograms(db, region, jobs);
        SeedEvents(db, staffOf, reference, Named("МАУ «ЦРО»"), Of("KMS", OrganizationType.EducationAuthority), regionalCentre, teacher);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Two of three organizations have a programme; each young teacher there is mentored by an experienced colleague.</summary>
    /// <returns>The organizations with a programme.</returns>
    private static HashSet<int> SeedMentoring(PortalDbContext db, List<Organization> institutions, Dictionary<int, List<Educator>> staffOf, DateOnly reference)
    {
        var withProgramme = new HashSet<int>();
        foreach (var (organization, n) in institutions.Select((o, n) => (o, n)))
        {
            if (n % 3 == 2 || !staffOf.TryGetValue(organization.Id, out var staff))
            {
                continue;
            }

            var program = new MentoringProgram
            {
                RegionId = organization.RegionId, OrganizationId = organization.Id,
                    Title = "Программа наставничества педагогических работников на 2025–2027 годы",
                OrderNumber = $"{100 + n}-од", OrderDate = new DateOnly(2025, 8, 29), PeriodFrom = new DateOnly(2025, 9, 1),
                    PeriodTo = new DateOnly(2027, 8, 31),
                CuratorId = staff.FirstOrDefault(e => e.Position == Position.DeputyHead)?.Id,
            };
            db.MentoringPrograms.Add(program);
            withProgramme.Add(organization.Id);
            var veterans = staff.Where(e => !e.IsHead && !e.IsYoung(reference) && e.Position is Position.Teacher or Position.Caregiver).ToList();
            var young = staff.Where(e => e.IsYoung(reference) && !e.IsHead).ToList();
            foreach (var (mentee, i) in young.Select((e, i) => (e, i)))
            {
                if (veterans.Count == 0)
                {
                    break;
                }

                var mentor = veterans[i % veterans.Count];
                var earlier = i % 2 == 0;
                db.MentoringPairs.Add(new MentoringPair
                {
                    RegionId = program.RegionId, OrganizationId = program.OrganizationId, ProgramId = program.Id, MentorId = mentor.Id, MenteeId = mentee.Id,
                    Form = MentoringForm.TeacherToYoungSpecialist, CompetenceFocus = "Методика проведения урока, работа с родителями",
                    PeriodFrom = earlier ? new DateOnly(2025, 9, 15) : new DateOnly(2026, 9, 15), PeriodTo = earlier ? new DateOnly(2026, 6, 30)
                        : new DateOnly(2027, 6, 30),
                    Status = earlier ? PairStatus.Completed : PairStatus.Active, ClosedOn = earlier ? new DateOnly(2026, 6, 30) : null,
                    Result = earlier ? "Проведён открытый урок, подготовлен портфолио молодого педагога." : null,
                });
            }

            if (n == 0 && veterans.Count > 0)
            {
                db.MentoringPairs.Add(new MentoringPair
                {
                    RegionId = program.RegionId, OrganizationId = program.OrganizationId, ProgramId = program.Id, MentorId = veterans[^1].Id,
                    StudentName = "Ким Виктория Андреевна", Form = MentoringForm.StudentToTeacher, CompetenceFocus = "Педагогическая практика (ХГУ, 4 курс)",
                    PeriodFrom = new DateOnly(2026, 9, 1), PeriodTo = new DateOnly(2026, 12, 25),
                });
            }
        }

        return withProgramme;
    }

    /// <summary>
    /// Communities of every level. The press club of young teachers takes them only where there is also mentoring, so
    /// that some newcomers elsewhere stay without support (indicator 3 under 100 %).
    /// </summary>
    private static void SeedCommunities(
        PortalDbContext db, Dictionary<int, List<Educator>> staffOf, HashSet<int> mentoring, DateOnly reference, Organization khvCentre,
            Organization kmsAuthority, Organization school12,
        Organization regionalCentre, Educator teacher)
    {
        var khv = staffOf.Where(s => s.Value.Count > 0 && Owner(db, s.Key)?.MunicipalityId == khvCentre.MunicipalityId).ToList();
        var kms = staffOf.Where(s => s.Value.Count > 0 && Owner(db, s.Key)?.MunicipalityId == kmsAuthority.MunicipalityId).ToList();
        var association = Community(db, khvCentre, CommunityKind.CityAssociation, SupportLevel.Municipal,
            "Городское методическое объединение учителей математики", "математика");
        foreach (var (orgId, staff) in khv.Take(2))
        {
            foreach (var (e, i) in staff.Where(e => e.Position == Position.Teacher).Take(3).Select((e, i) => (e, i)))
            {
                Member(db, association, orgId, e, i == 0 && orgId == khv[0].Key ? MemberRole.Leader : MemberRole.Member, new DateOnly(2025, 9, 1));
            }
        }

        var pressClub = Community(db, khvCentre, CommunityKind.YoungSpecialistsPressClub, SupportLevel.Municipal, "Пресс-клуб молодых педагогов «Старт»", null);
        foreach (var (orgId, staff) in khv.Where(s => mentoring.Contains(s.Key)))
        {
            foreach (var e in staff.Where(e => e.IsYoung(reference) && e.IsInFirstYears(reference) && e.Id != teacher.Id).Take(1))
            {
                Member(db, pressClub, orgId, e, MemberRole.Member, new DateOnly(2026, 2, 1));
            }
        }

        Member(db, pressClub, school12.Id, teacher, MemberRole.Member, new DateOnly(2026, 2, 1));

        var kmsAssociation = Community(db, kmsAuthority, CommunityKind.CityAssociation, SupportLevel.Municipal,
            "Городское методическое объединение учителей начальных классов", "начальное общее образование");
        foreach (var (orgId, staff) in kms)
        {
            foreach (var e in staff.Where(e => e.Position is Position.Teacher or Position.Caregiver).Take(2))
            {
                Member(db, kmsAssociation, orgId, e, MemberRole.Member, new DateOnly(2025, 10, 1));
            }
        }

        var schoolAssociation = Community(db, school12, CommunityKind.SchoolAssociation, SupportLevel.Institutional,
            "ШМО учителей естественно-научного цикла", "естественные науки");
        foreach (var e in staffOf[school12.Id].Where(e => e.Position == Position.Teacher).Skip(3).Take(4))
        {
            Member(db, schoolAssociation, school12.Id, e, MemberRole.Member, new DateOnly(2025, 9, 1));
        }

        var asset = Community(db, regionalCentre, CommunityKind.RegionalMethodicalAsset, SupportLevel.Regional,
            "Региональный методический актив Хабаровского края", null);
        foreach (var (orgId, staff) in khv.Concat(kms).Where((_, i) => i % 2 == 0))
        {
            var best = staff.FirstOrDefault(e => e.Category == QualificationCategory.Highest && !e.IsHead);
            if (best is not null)
            {
                Member(db, asset, orgId, best, MemberRole.Member, new DateOnly(2026, 1, 20));
            }
        }

        // The regional management asset: heads of every third organization.
        var managers = Community(db, regionalCentre, CommunityKind.RegionalManagementAsset, SupportLevel.Regional,
            "Региональный управленческий актив Хабаровского края", null);
        foreach (var (orgId, staff) in khv.Concat(kms).Where((_, i) => i % 3 == 1))
        {
            if (staff.FirstOrDefault(e => e.IsHead) is { } head)
            {
                Member(db, managers, orgId, head, MemberRole.Member, new DateOnly(2026, 1, 20));
            }
        }
    }

    private static Organization? Owner(PortalDbContext db, int organizationId) => db.Organizations.Local.FirstOrDefault(o => o.Id == organizationId);

    private static Community Community(PortalDbContext db, Organization owner, CommunityKind kind, SupportLevel level, string title, string? subject)
    {
        var community = new Community
        {
            RegionId = owner.RegionId, OrganizationId = owner.Id, MunicipalityId = owner.MunicipalityId, Kind = kind, Level = level, Title = title,
            SubjectArea = subject, ActiveFrom = new DateOnly(2025, 9, 1),
        };
        db.Communities.Add(community);
        return community;
    }

    private static void Member(PortalDbContext db, Community community, int organizationId, Educator educator, MemberRole role, DateOnly from) =>
        db.CommunityMemberships.Add(new CommunityMembership
        {
            RegionId = community.RegionId, OrganizationId = organizationId, EducatorId = educator.Id, CommunityId = community.Id, Role = role, From = from,
        });

    /// <summary>The regional ДПП registry; every other head completed the management course in 2026, and some teachers a subject one.</summary>
    private static void SeedPrograms(PortalDbContext db, Region region, List<Employment> jobs)
    {
        ProfessionalProgram Program(string title, string provider, int hours, ProgramKind kind, ProgramFormat format, string? protocol, bool federal)
        {
            var program = new ProfessionalProgram
            {
                RegionId = region.Id, Title = title, Provider = provider, Hours = hours, Kind = kind, Format = format, ExpertiseProtocolNumber = protocol,
                ExpertiseProtocolDate = protocol is null ? null : new DateOnly(2025, 12, 10), InFederalRegistry = federal,
            };
            db.ProfessionalPrograms.Add(program);
            return program;
        }

        var management = Program("Управление качеством образования в общеобразовательной организации",
            "КГАОУ ДПО «Хабаровский краевой институт развития образования»", 72,
            ProgramKind.AdvancedTraining, ProgramFormat.InPerson, "РУМО-12/25", false);
        var assessment = Program("Формирующее оценивание на уроке", "КГАОУ ДПО «Хабаровский краевой институт развития образования»", 36,
            ProgramKind.AdvancedTraining, ProgramFormat.Distance, "РУМО-07/25", false);
        Program("Школа современного учителя: достижения российской науки", "ФГАОУ ДПО «Академия Минпросвещения России»", 60, ProgramKind.AdvancedTraining,
            ProgramFormat.Network, null, true);
        Program("Менеджмент в образовании", "КГАОУ ДПО «Хабаровский краевой институт развития образования»", 260, ProgramKind.Retraining,
            ProgramFormat.Distance,
            "РУМО-03/25", false);

        var heads = 0;
        foreach (var job in jobs)
        {
            var educator = job.Educator!;
            if (educator.IsHead && heads++ % 2 == 0)
            {
                Complete(db, job, management, new DateOnly(2026, 4, 17).AddDays(heads), $"272400{job.Id:000000}");
            }
            else if (!educator.IsHead && job.Id % 5 == 0)
            {
                Complete(db, job, assessment, new DateOnly(2026, 5, 22), $"272401{job.Id:000000}");
            }
        }
    }

    private static void Complete(PortalDbContext db, Employment job, ProfessionalProgram program, DateOnly on, string certificate) =>
        db.ProgramCompletions.Add(new ProgramCompletion
        {
            RegionId = job.RegionId, OrganizationId = job.OrganizationId, EducatorId = job.EducatorId, ProgramId = program.Id, CompletedOn = on,
                CertificateNumber = certificate,
        });

    /// <summary>Events of 2026 and the months ahead; young teachers take part in those for young teachers.</summary>
    private static void SeedEvents(
        PortalDbContext db, Dictionary<int, List<Educator>> staffOf, DateOnly reference, Organization khvCentre, Organization kmsAuthority,
            Organization regionalCentre,
        Educator teacher)
    {
        MethodicalEvent Event(Organization organizer, string title, EventForm form, SupportLevel level, DateOnly starts, int days, string? place,
            string? link, bool young)
        {
            var e = new MethodicalEvent
            {
                RegionId = organizer.RegionId, OrganizationId = organizer.Id, MunicipalityId = organizer.MunicipalityId, Title = title, Form = form,
                    Level = level,
                StartsOn = starts, EndsOn = starts.AddDays(days - 1), Place = place, Link = link, ForYoungTeachers = young,
            };
            db.MethodicalEvents.Add(e);
            return e;
        }

        void Take(MethodicalEvent e, int organizationId, Educator educator, ParticipationRole role = ParticipationRole.Participant) =>
            db.EventParticipations.Add(new EventParticipation
            {
                RegionId = e.RegionId, OrganizationId = organizationId, EducatorId = educator.Id, EventId = e.Id, Role = role,
            });

        var forum = Event(regionalCentre, "Краевой форум молодых педагогов «Педагогический старт»", EventForm.Forum, SupportLevel.Regional,
            new DateOnly(2026, 4, 8), 2,
            "г. Хабаровск, ул. Забайкальская, 10 (ХК ИРО)", null, true);
        var debut = Event(regionalCentre, "Краевой конкурс «Педагогический дебют — 2026»", EventForm.Contest, SupportLevel.Regional,
            new DateOnly(2026, 10, 12), 5, null, null, true);
        var seminar = Event(khvCentre, "Городской семинар «Функциональная грамотность: задания для 5–7 классов»", EventForm.Seminar, SupportLevel.Municipal,
            new DateOnly(2026, 3, 18), 1, "МАУ «ЦРО», ул. Пушкина, 23", null, false);
        var webinar = Event(regionalCentre, "Вебинар «Сервисы ФГИС „Моя школа“ для урока»", EventForm.Webinar, SupportLevel.Regional,
            new DateOnly(2026, 11, 5), 1, null,
            "https://example.org/webinar-moya-shkola", false);
        var landing = Event(kmsAuthority, "Методический десант в школы Комсомольска-на-Амуре", EventForm.MethodicalLanding, SupportLevel.Municipal,
            new DateOnly(2026, 5, 20), 2,
            "г. Комсомольск-на-Амуре", null, false);
        var kmsClub = Event(kmsAuthority, "Клуб молодого педагога: мастер-класс «Дисциплина без окрика»", EventForm.MasterClass,
            SupportLevel.Municipal, new DateOnly(2026, 9, 24), 1,
            "МОУ «Лицей № 33»", null, true);
        Event(khvCentre, "Городская педагогическая мастерская «Урок с формирующим оцениванием»", EventForm.Workshop, SupportLevel.Municipal,
            new DateOnly(2026, 12, 9), 1,
            "МАУ «ЦРО», ул. Пушкина, 23", null, true);
        Event(regionalCentre, "Краевая научно-практическая конференция «Наставничество в образовании»", EventForm.Conference, SupportLevel.Regional,
            new DateOnly(2027, 2, 17), 2,
            "г. Хабаровск, ХК ИРО", null, false);

        // Two of three young teachers took part in an event for young teachers, so indicators 3 and 4 stay under 100 %.
        var (k, youngSeen) = (0, 0);
        foreach (var (orgId, staff) in staffOf)
        {
            var kms = db.Organizations.Local.First(o => o.Id == orgId).MunicipalityId == kmsAuthority.MunicipalityId;
            foreach (var e in staff.Where(e => e.Id != teacher.Id))
            {
                k++;
                if (e.IsYoung(reference) && youngSeen++ % 3 != 2)
                {
                    Take(k % 2 == 0 ? forum : kms ? kmsClub : debut, orgId, e, k % 7 == 0 ? ParticipationRole.Speaker : ParticipationRole.Participant);
                }
                else if (k % 4 == 0)
                {
                    Take(kms ? landing : seminar, orgId, e, k % 8 == 0 ? ParticipationRole.Speaker : ParticipationRole.Participant);
                }
                else if (k % 5 == 0)
                {
                    Take(webinar, orgId, e);
                }
            }
        }

        var school12 = db.Organizations.Local.First(o => o.ShortName == "МАОУ «СШ № 12»");
        Take(forum, school12.Id, teacher);
        Take(seminar, school12.Id, teacher);
    }
}
