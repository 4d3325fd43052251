using System.Globalization;
using MetodPortal.Data;
using MetodPortal.Data.Identity;
using MetodPortal.Data.Monitoring;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using MetodPortal.Domain.Routes;
using MetodPortal.Domain.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace MetodPortal.Bench;

/// <summary>A generated region of the benchmark: its ids and the ministry user who signs in to it.</summary>
internal sealed record BenchRegion(int Id, string Name, int CampaignId, string MinistryEmail);

/// <summary>A generated user: e-mail (the login), full name and workplace.</summary>
internal sealed record BenchUser(string Email, string FullName, int OrganizationId, int RegionId);

/// <summary>
/// Generates regions the size of Хабаровский край through PostgreSQL binary COPY: 19 municipalities, 800 counting
/// organizations, 25,000 educators with a year (2025) of diagnostics with scores and deficits (and 2024's for the
/// heads' improvement), routes with items, mentoring programmes and pairs, community memberships, course completions,
/// events with participations, and the 2025 campaign closed with mostly accepted forms whose counts are the registry's
/// (a few with a discrepancy). Each region is drawn from its own seed, so region 1 is the same data in every database.
/// </summary>
internal static class MonitoringDataset
{
    public const int Year = 2025;
    public const int Municipalities = 19;
    public const int Organizations = 800;
    public const int Educators = 25_000;
    public const string Password = "Bench-2026";
    private const int FirstId = 10_000_000;

    private static readonly DateOnly ReportingDate = new(Year, 12, 31);
    private static readonly DateOnly YearStart = new(Year, 1, 1);
    private static readonly DateTime Deadline = new(Year + 1, 1, 20, 8, 0, 0, DateTimeKind.Utc);

    // What a region's ministry would set; the default 6 % would flag almost nothing.
    private static readonly decimal[] Thresholds = [50m, 25m, 60m, 30m, 25m, 35m, 70m, 20m, 40m];

    private static readonly string[] AreaNames =
    [
        "Предметные компетенции", "Методические компетенции", "Психолого-педагогические компетенции", "Коммуникативные компетенции",
        "Цифровые компетенции", "Управленческие компетенции", "Формирование функциональной грамотности",
    ];

    private static readonly string[] Surnames =
    [
        "Иванова", "Петрова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Соколова", "Михайлова", "Новикова", "Фёдорова",
        "Морозова", "Волкова", "Алексеева", "Лебедева", "Семёнова", "Егорова", "Павлова", "Козлова", "Степанова", "Николаева",
    ];

    private static readonly string[] FirstNames = ["Анна", "Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Светлана", "Мария", "Юлия", "Екатерина"];
    private static readonly string[] MiddleNames = ["Александровна", "Сергеевна", "Викторовна", "Николаевна", "Андреевна", "Игоревна", "Петровна"];

    /// <summary>Adds <paramref name="count"/> regions to a freshly migrated database (reference data only) and returns them.</summary>
    public static async Task<List<BenchRegion>> GenerateAsync(string connectionString, int count, TextWriter log)
    {
        var ids = new IdSource(FirstId);
        var regions = new List<BenchRegion>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var municipalities = await KhabarovskMunicipalitiesAsync(connection);
        for (var k = 0; k < count; k++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var region = new RegionData(k, ids, new Random(2025 + k), municipalities);
            await region.CopyFactsAsync(connection);
            await using (var command = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 0 })
            {
                await command.ExecuteNonQueryAsync();
            }

            await region.CopyFormsAsync(connection, connectionString);
            regions.Add(new BenchRegion(region.RegionId, region.Name, region.CampaignId, $"ministry{k + 1}@bench.local"));
            log.WriteLine($"    region {k + 1}: {region.Rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s");
        }

        await using (var command = new NpgsqlCommand("SELECT setval('entity_ids', @next); ANALYZE", connection) { CommandTimeout = 0 })
        {
            command.Parameters.AddWithValue("next", (long)ids.Next + 1000);
            await command.ExecuteNonQueryAsync();
        }

        // The category history as the portal keeps it (one period per person, from the category's date), after the
        // sequence is past the generated ids.
        await using (var command = new NpgsqlCommand(MetodPortal.Data.Staff.CategoryHistory.BackfillSql + " ANALYZE category_assignments;", connection)
            { CommandTimeout = 0 }) // twenty regions' half a million people take longer than a command's default 30 s
        {
            await command.ExecuteNonQueryAsync();
        }

        await AddMinistryUsersAsync(connectionString, regions);
        return regions;
    }

    /// <summary>One ministry user per region, attached to its ministry.</summary>
    private static async Task AddMinistryUsersAsync(string connectionString, List<BenchRegion> regions)
    {
        var users = new List<BenchUser>();
        await using (var db = PortalData.CreateContext(connectionString, CurrentUser.System))
        {
            foreach (var region in regions)
            {
                var ministry = await db.Organizations.FirstAsync(o => o.RegionId == region.Id && o.Type == OrganizationType.Ministry);
                users.Add(new BenchUser(region.MinistryEmail, "Специалист министерства " + region.Name, ministry.Id, region.Id));
            }
        }

        await AddUsersAsync(connectionString, Roles.Ministry, users);
    }

    /// <summary>
    /// Users of one role with the password <see cref="Password"/>, through the same identity store as the portal's
    /// users. One hash serves them all: hashing is deliberately slow, and the salt need not differ in a benchmark.
    /// </summary>
    public static async Task AddUsersAsync(string connectionString, string roleName, IEnumerable<BenchUser> users)
    {
        await using var db = PortalData.CreateContext(connectionString, CurrentUser.System);
        var role = await db.Roles.FirstAsync(r => r.Name == roleName);
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        foreach (var (email, fullName, organizationId, regionId) in users)
        {
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                FullName = fullName, OrganizationId = organizationId, RegionId = regionId, PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
                    CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<int> { UserId = user.Id, RoleId = role.Id });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>code, name, kind, administrative centre of Хабаровский край's 19 municipalities, which every database starts with: real names for
    /// every generated region.</summary>
    private static async Task<List<string[]>> KhabarovskMunicipalitiesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT m.code, m.name, m.kind, coalesce(m.administrative_centre, '') FROM municipalities m JOIN regions r ON r.id = m.region_id WHERE "
                + "r.code = '27' ORDER BY m.id",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)]);
        }

        return rows;
    }

    /// <summary>Ids in a range of their own, far above what a fresh database's sequence has handed out; the sequence is moved past them at the end.</summary>
    private sealed class IdSource(int first)
    {
        public int Next { get; private set; } = first;

        public int Take() => Next++;
    }

    /// <summary>The rows of one table, written with one binary COPY.</summary>
    private sealed class Table(string name, params string[] columns)
    {
        private readonly List<object?[]> _rows = [];

        public int Count => _rows.Count;

        public void Add(params object?[] row) => _rows.Add(row);

        public async Task CopyAsync(NpgsqlConnection connection)
        {
            var list = string.Join(", ", columns.Select(c => '"' + c + '"'));
            await using var importer = await connection.BeginBinaryImportAsync($"COPY {name} ({list}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in _rows)
            {
                await importer.StartRowAsync();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case null: await importer.WriteNullAsync(); break;
                        case int i: await importer.WriteAsync(i, NpgsqlDbType.Integer); break;
                        case bool b: await importer.WriteAsync(b, NpgsqlDbType.Boolean); break;
                        case string s: await importer.WriteAsync(s, NpgsqlDbType.Varchar); break;
                        case DateOnly d: await importer.WriteAsync(d, NpgsqlDbType.Date); break;
                        case DateTime t: await importer.WriteAsync(t, NpgsqlDbType.TimestampTz); break;
                        case decimal m: await importer.WriteAsync(m, NpgsqlDbType.Numeric); break;
                        case decimal[] a: await importer.WriteAsync(a, NpgsqlDbType.Array | NpgsqlDbType.Numeric); break;
                        case Enum e: await importer.WriteAsync(e.ToString(), NpgsqlDbType.Varchar); break;
                        default: throw new InvalidOperationException($"{name}: no COPY type for {value.GetType()}.");
                    }
                }
            }

            await importer.CompleteAsync();
        }
    }

    private sealed record Person(int Id, int OrganizationId, int MunicipalityIndex, bool Head, bool Young, bool Newcomer,
        QualificationCategory Category, double Skill);

    private sealed class RegionData
    {
        private readonly Random _random;
        private readonly IdSource _ids;
        private readonly List<Table> _tables = [];
        private readonly List<int> _countingOrganizations = [];
        private readonly List<int> _organizationMunicipality = [];

        public RegionData(int index, IdSource ids, Random random, List<string[]> municipalityRows)
        {
            _ids = ids;
            _random = random;
            RegionId = ids.Take();
            Name = index == 0 ? "Бенчмарк-край" : $"Бенчмарк-край {index + 1}";
            Table("regions", "id", "code", "name", "time_zone").Add(RegionId, $"B{index + 1:00}", Name, "Asia/Vladivostok");

            var areas = Table("competence_areas", "id", "region_id", "name", "description", "sort_order", "is_active");
            var areaIds = AreaNames.Select((n, i) => { var id = ids.Take(); areas.Add(id, RegionId, n, null, (i + 1) * 10, true); return id; }).ToArray();
            var instruments = Table("diagnostic_instruments", "id", "region_id", "title", "provider", "kind", "usage", "description", "is_active");
            var instrumentAreas = Table("instrument_areas", "id", "region_id", "instrument_id", "competence_area_id", "max_score", "threshold", "sort_order");
            (int Instrument, (int Area, decimal Max, decimal Threshold)[] Measures) Instrument(string title, params int[] areaIndexes)
            {
                var id = ids.Take();
                instruments.Add(id, RegionId, title, "ЦНППМ", Domain.Diagnostics.InstrumentKind.Test, Domain.Diagnostics.InstrumentUsage.Regional, null, true);
                var measures = areaIndexes.Select((a, i) => (areaIds[a], 20m, 12m)).ToArray();
                for (var i = 0; i < measures.Length; i++)
                {
                    instrumentAreas.Add(ids.Take(), RegionId, id, measures[i].Item1, measures[i].Item2, measures[i].Item3, i);
                }

                return (id, measures);
            }

            _teachersTest = Instrument("Диагностика профессиональных дефицитов педагогических работников", 0, 1, 2, 6);
            _headsTest = Instrument("Диагностика управленческих компетенций руководителей", 5, 3, 4);

            var municipalities = Table("municipalities", "id", "region_id", "code", "name", "kind", "administrative_centre");
            var organizations = Table("organizations", "id", "region_id", "municipality_id", "parent_id", "path", "name", "short_name", "level",
                "type", "inn", "address",
                "counts_in_indicators");
            _ministry = ids.Take();
            organizations.Add(_ministry, RegionId, null, null, OrganizationPath.Of(RegionId, null, null, _ministry),
                "Министерство образования " + Name, "Министерство",
                OrganizationLevel.Regional, OrganizationType.Ministry, null, null, false);
            for (var m = 0; m < Municipalities; m++)
            {
                var row = municipalityRows[m];
                var municipalityId = ids.Take();
                _municipalityIds.Add(municipalityId);
                municipalities.Add(municipalityId, RegionId, row[0], row[1], row[2], row[3]);
                var authority = ids.Take();
                _authorities.Add(authority);
                organizations.Add(authority, RegionId, municipalityId, null, OrganizationPath.Of(RegionId, municipalityId, null, authority),
                    "Управление образования администрации " + row[1], "УО " + row[0], OrganizationLevel.Municipal,
                        OrganizationType.EducationAuthority, null, null, false);
                var schools = Organizations / Municipalities + (m < Organizations % Municipalities ? 1 : 0);
                for (var s = 1; s <= schools; s++)
                {
                    var id = ids.Take();
                    var (type, name) = (s % 10) switch
                    {
                        < 6 => (OrganizationType.School,
                            $"Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № {s}» {row[1]}"),
                        < 9 => (OrganizationType.Kindergarten, $"Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № {s}» {row[1]}"),
                        _ => (OrganizationType.AdditionalEducation,
                            $"Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества № {s}» {row[1]}"),
                    };
                    organizations.Add(id, RegionId, municipalityId, null, OrganizationPath.Of(RegionId, municipalityId, null, id), name, null,
                        OrganizationLevel.Institutional, type, null, null, true);
                    _countingOrganizations.Add(id);
                    _organizationMunicipality.Add(m);
                    _types.Add(type);
                }
            }

            AddPeople();
            AddDiagnosticsAndRoutes(areaIds);
            AddMentoring();
            AddCommunities();
            AddCourses();
            AddEvents();
            CampaignId = ids.Take();
            Table("monitoring_campaigns", "id", "region_id", "year", "reporting_date", "deadline", "status", "thresholds", "opened_at", "closed_at")
                .Add(CampaignId, RegionId, Year, ReportingDate, Deadline, CampaignStatus.Closed, Thresholds,
                    new DateTime(Year, 12, 1, 0, 0, 0, DateTimeKind.Utc),
                    new DateTime(Year + 1, 2, 2, 0, 0, 0, DateTimeKind.Utc));
        }

        private readonly (int Instrument, (int Area, decimal Max, decimal Threshold)[] Measures) _teachersTest;
        private readonly (int Instrument, (int Area, decimal Max, decimal Threshold)[] Measures) _headsTest;
        private readonly int _ministry;
        private readonly List<int> _municipalityIds = [];
        private readonly List<int> _authorities = [];
        private readonly List<OrganizationType> _types = [];
        private readonly List<Person> _people = [];
        private readonly Dictionary<int, List<Person>> _staffOf = [];

        public int RegionId { get; }
        public string Name { get; }
        public int CampaignId { get; }
        public int Rows => _tables.Sum(t => t.Count);

        private Table Table(string name, params string[] columns)
        {
            var table = new Table(name, columns);
            _tables.Add(table);
            return table;
        }

        private bool Chance(double p) => _random.NextDouble() < p;

        private DateOnly Day(DateOnly from, int days) => from.AddDays(_random.Next(days));

        private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);

        private void AddPeople()
        {
            var educators = Table("educators", "id", "region_id", "last_name", "first_name", "middle_name", "birth_date", "position", "is_head", "is_deputy",
                "category", "category_date", "profession_start_date", "email", "match_key");
            var employments = Table("employments", "id", "region_id", "organization_id", "educator_id", "position", "personnel_number", "is_main",
                "start_date", "end_date");
            for (var i = 0; i < Educators; i++)
            {
                var o = i % Organizations;
                var organization = _countingOrganizations[o];
                var place = i / Organizations;
                var (head, deputy) = (place == 0, place is 1 or 2);
                var age = head ? 40 + _random.Next(25) : 22 + _random.Next(43);
                var birth = ReportingDate.AddYears(-age).AddDays(-_random.Next(365));
                var start = birth.AddYears(21 + _random.Next(6)).AddDays(_random.Next(365));
                if (start > ReportingDate)
                {
                    start = ReportingDate.AddDays(-_random.Next(300));
                }

                var category = head
                    ? (Chance(0.45) ? QualificationCategory.Highest : Chance(0.6) ? QualificationCategory.First : QualificationCategory.MatchesPosition)
                    : ReportingDate.DayNumber - start.DayNumber < 2 * 365 ? QualificationCategory.None
                    : _random.Next(10) switch { < 2 => QualificationCategory.Highest, < 5 => QualificationCategory.First,
                        < 8 => QualificationCategory.MatchesPosition, _ => QualificationCategory.None };
                var position = head ? Position.Head : deputy ? Position.DeputyHead : Chance(0.05) ? Position.Psychologist : _types[o] switch
                {
                    OrganizationType.Kindergarten => Position.Caregiver,
                    OrganizationType.AdditionalEducation => Position.AdditionalEducationTeacher,
                    _ => Position.Teacher,
                };
                var id = _ids.Take();
                var (last, first, middle) = (Surnames[i % Surnames.Length] + "-" + (i / Surnames.Length).ToString(CultureInfo.InvariantCulture),
                    FirstNames[_random.Next(FirstNames.Length)], MiddleNames[_random.Next(MiddleNames.Length)]);
                educators.Add(id, RegionId, last, first, middle, birth, position, head, deputy, category,
                    category == QualificationCategory.None ? null : start.AddYears(2), start, null, EducatorIdentity.MatchKey(last, first, middle, birth));
                employments.Add(_ids.Take(), RegionId, organization, id, position, $"Т-{i}", true, Chance(0.7) ? start : null, null);

                // A few work at a second school of their municipality, a few left another one before the year.
                var m = _organizationMunicipality[o];
                if (Chance(0.03))
                {
                    employments.Add(_ids.Take(), RegionId, Neighbour(o, m), id, position, null, false, new DateOnly(Year - 1, 9, 1), null);
                }
                else if (Chance(0.01))
                {
                    employments.Add(_ids.Take(), RegionId, Neighbour(o, m), id, position, null, true, new DateOnly(Year - 4, 9, 1),
                        new DateOnly(Year - 1, 8, 31));
                }

                var young = birth.AddYears(35) > ReportingDate;
                var person = new Person(id, organization, m, head, young, young && start.AddYears(3) > ReportingDate, category,
                    0.45 + (_random.NextDouble() * 0.55));
                _people.Add(person);
                (_staffOf.TryGetValue(organization, out var staff) ? staff : _staffOf[organization] = []).Add(person);
            }
        }

        private int Neighbour(int organizationIndex, int municipality)
        {
            var first = _organizationMunicipality.IndexOf(municipality);
            var count = _organizationMunicipality.LastIndexOf(municipality) - first + 1;
            return _countingOrganizations[first + ((organizationIndex - first + 1 + _random.Next(count - 1)) % count)];
        }

        private void AddDiagnosticsAndRoutes(int[] areaIds)
        {
            var diagnostics = Table("diagnostics", "id", "region_id", "organization_id", "educator_id", "instrument_id", "date", "conducted_by",
                "note", "created_at");
            var scores = Table("diagnostic_scores", "id", "score", "region_id", "organization_id", "educator_id", "diagnostic_id", "competence_area_id");
            var deficits = Table("diagnostic_deficits", "id", "is_manual", "note", "region_id", "organization_id", "educator_id", "diagnostic_id",
                "competence_area_id");
            var routes = Table("routes", "id", "region_id", "organization_id", "educator_id", "diagnostic_id", "tutor_user_id", "period_from",
                "period_to", "status", "note",
                "approved_on", "approved_by_user_id", "completed_on", "cancelled_on", "cancel_reason", "created_at");
            var items = Table("route_items", "id", "region_id", "organization_id", "educator_id", "route_id", "competence_area_id", "goal", "form", "deadline",
                "expected_result", "status", "evidence_note", "reported_on", "confirmed_on", "confirmed_by_user_id", "tutor_comment", "sort_order",
                "reported_by_pair");
            var areaName = areaIds.Select((id, i) => (id, AreaNames[i])).ToDictionary(x => x.id, x => x.Item2);

            List<int> Diagnose(Person p, DateOnly date, double skill)
            {
                var test = p.Head ? _headsTest : _teachersTest;
                var id = _ids.Take();
                diagnostics.Add(id, RegionId, p.OrganizationId, p.Id, test.Instrument, date, "ЦНППМ", null, At(date));
                var found = new List<int>();
                foreach (var (area, max, threshold) in test.Measures)
                {
                    var score = Math.Round(max * (decimal)Math.Clamp(skill + ((_random.NextDouble() - 0.5) * 0.4), 0, 1), 1);
                    scores.Add(_ids.Take(), score, RegionId, p.OrganizationId, p.Id, id, area);
                    if (score < threshold)
                    {
                        deficits.Add(_ids.Take(), false, null, RegionId, p.OrganizationId, p.Id, id, area);
                        found.Add(area);
                    }
                }

                if (found.Count > 0 && date.Year == Year && Chance(0.55))
                {
                    AddRoute(p, id, date, found);
                }

                return found;
            }

            void AddRoute(Person p, int diagnostic, DateOnly date, List<int> found)
            {
                var id = _ids.Take();
                var draft = Chance(0.04);
                var approved = draft ? (DateOnly?)null : Min(date.AddDays(14), ReportingDate);
                var status = draft ? RouteStatus.Draft
                    : _random.Next(10) switch { < 3 => RouteStatus.Approved, < 8 => RouteStatus.InProgress, _ => RouteStatus.Completed };
                var from = approved ?? date.AddDays(14);
                routes.Add(id, RegionId, p.OrganizationId, p.Id, diagnostic, null, from, from.AddYears(1).AddDays(-1), status, null, approved, null,
                    status == RouteStatus.Completed ? Min(from.AddDays(200), ReportingDate) : null, null, null, At(date.AddDays(7)));
                for (var i = 0; i < Math.Min(found.Count, 3); i++)
                {
                    var done = status == RouteStatus.Completed || (status == RouteStatus.InProgress && i == 0);
                    items.Add(_ids.Take(), RegionId, p.OrganizationId, p.Id, id, found[i], "Устранить дефицит: " + areaName[found[i]].ToLowerInvariant(),
                        (ActivityForm)(1 + _random.Next(6)), from.AddMonths(3 + (i * 3)), "Применение освоенного на уроках", done
                            ? RouteItemStatus.Done : RouteItemStatus.Planned,
                        done ? "Удостоверение о повышении квалификации" : null, done ? from.AddMonths(2) : null, done ? from.AddMonths(2).AddDays(5)
                            : null, null, null, i, false);
                }
            }

            foreach (var p in _people)
            {
                if (Chance(p.Head ? 0.5 : 0.3))
                {
                    Diagnose(p, Day(new DateOnly(Year - 1, 2, 1), 300), p.Skill - 0.12);
                }

                if (Chance(0.65))
                {
                    Diagnose(p, Day(new DateOnly(Year, 2, 1), 300), p.Skill);
                }
            }
        }

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private void AddMentoring()
        {
            var programmes = Table("mentoring_programs", "id", "region_id", "organization_id", "title", "order_number", "order_date", "period_from",
                "period_to", "curator_id");
            var pairs = Table("mentoring_pairs", "id", "region_id", "organization_id", "program_id", "mentor_id", "mentee_id", "student_name", "form",
                "competence_focus",
                "period_from", "period_to", "status", "closed_on", "result");
            foreach (var organization in _countingOrganizations)
            {
                if (!Chance(0.9))
                {
                    continue;
                }

                var staff = _staffOf[organization];
                var programme = _ids.Take();
                programmes.Add(programme, RegionId, organization, $"Программа наставничества на {Year}/{Year + 1} учебный год", $"{_random.Next(1, 300)}-од",
                    new DateOnly(Year, 8, 28), new DateOnly(Year, 9, 1), new DateOnly(Year + 1, 8, 31), staff.Count > 1 ? staff[1].Id : null);
                var mentors = staff.Where(p => !p.Head && p.Category is QualificationCategory.Highest or QualificationCategory.First).ToList();
                if (mentors.Count == 0)
                {
                    mentors = [staff[0]];
                }

                foreach (var p in staff)
                {
                    var (form, chance) = p.Newcomer ? (MentoringForm.TeacherToYoungSpecialist, 0.8) : p.Head ? (MentoringForm.HeadToHead, 0.05)
                        : (MentoringForm.TeacherToTeacher, 0.04);
                    var mentor = mentors[_random.Next(mentors.Count)];
                    if (mentor.Id != p.Id && Chance(chance))
                    {
                        pairs.Add(_ids.Take(), RegionId, organization, programme, mentor.Id, p.Id, null, form, "Методические компетенции",
                            new DateOnly(Year, 9, 1), new DateOnly(Year + 1, 5, 31), PairStatus.Active, null, null);
                    }
                }

                if (Chance(0.2))
                {
                    pairs.Add(_ids.Take(), RegionId, organization, programme, mentors[0].Id, null, "Студент педагогического колледжа",
                        MentoringForm.StudentToTeacher, null,
                        new DateOnly(Year, 9, 1), new DateOnly(Year + 1, 5, 31), PairStatus.Active, null, null);
                }
            }
        }

        private readonly List<int[]> _communitiesOf = [];
        private readonly List<int> _regionalCommunities = [];

        private void AddCommunities()
        {
            var communities = Table("communities", "id", "region_id", "organization_id", "municipality_id", "kind", "level", "title", "subject_area",
                "active_from",
                "active_to", "description");
            var memberships = Table("community_memberships", "id", "region_id", "organization_id", "educator_id", "community_id", "role", "from", "to");
            string[] subjects = ["учителей русского языка", "учителей математики", "учителей начальных классов", "воспитателей", "педагогов-психологов",
                "учителей истории", "учителей английского языка", "педагогов дополнительного образования", "молодых педагогов", "заместителей директоров"];
            for (var m = 0; m < Municipalities; m++)
            {
                _communitiesOf.Add([.. subjects.Select(s =>
                {
                    var id = _ids.Take();
                    communities.Add(id, RegionId, _authorities[m], _municipalityIds[m], CommunityKind.DistrictAssociation, SupportLevel.Municipal,
                        "Районное методическое объединение " + s, s, new DateOnly(2019, 9, 1), null, null);
                    return id;
                })]);
            }

            for (var i = 0; i < 4; i++)
            {
                var id = _ids.Take();
                communities.Add(id, RegionId, _ministry, null, CommunityKind.RegionalMethodicalAsset, SupportLevel.Regional,
                    $"Региональный методический актив, секция {i + 1}",
                    null, new DateOnly(2021, 9, 1), null, null);
                _regionalCommunities.Add(id);
            }

            foreach (var p in _people)
            {
                if (!Chance(p.Head ? 0.5 : 0.4))
                {
                    continue;
                }

                var own = _communitiesOf[p.MunicipalityIndex];
                var chosen = new HashSet<int> { own[_random.Next(own.Length)] };
                if (Chance(0.2))
                {
                    chosen.Add(Chance(0.5) ? own[_random.Next(own.Length)] : _regionalCommunities[_random.Next(_regionalCommunities.Count)]);
                }

                foreach (var community in chosen)
                {
                    var ended = Chance(0.08);
                    memberships.Add(_ids.Take(), RegionId, p.OrganizationId, p.Id, community, MemberRole.Member, Day(new DateOnly(Year - 2, 9, 1), 700),
                        ended ? new DateOnly(Year - 1, 12, 31) : null);
                }
            }
        }

        private void AddCourses()
        {
            var programs = Table("professional_programs", "id", "region_id", "title", "provider", "hours", "kind", "format", "expertise_protocol_number",
                "expertise_protocol_date", "in_federal_registry", "is_active", "trains_methodical_support");
            var completions = Table("program_completions", "id", "region_id", "organization_id", "educator_id", "program_id", "completed_on",
                "certificate_number");
            var ids = Enumerable.Range(1, 40).Select(i =>
            {
                var id = _ids.Take();
                programs.Add(id, RegionId, $"Дополнительная профессиональная программа повышения квалификации № {i}", "ХК ИРО", i % 3 == 0 ? 72 : 36,
                    ProgramKind.AdvancedTraining, (ProgramFormat)(1 + (i % 3)), null, null, i % 4 == 0, true, i % 10 == 0);
                return id;
            }).ToArray();
            foreach (var p in _people)
            {
                if (Chance(p.Head ? 0.6 : 0.35))
                {
                    completions.Add(_ids.Take(), RegionId, p.OrganizationId, p.Id, ids[_random.Next(ids.Length)], Day(YearStart, 360),
                        $"27{_random.Next(1_000_000):D6}");
                }
            }
        }

        private void AddEvents()
        {
            var events = Table("methodical_events", "id", "region_id", "organization_id", "municipality_id", "title", "form", "level", "starts_on",
                "ends_on", "place",
                "link", "for_young_teachers", "description", "topics");
            var participations = Table("event_participations", "id", "region_id", "organization_id", "educator_id", "event_id", "role");
            var young = new List<int>[Municipalities];
            var other = new List<int>[Municipalities];
            for (var m = 0; m < Municipalities; m++)
            {
                (young[m], other[m]) = ([], []);
                for (var i = 0; i < 8; i++)
                {
                    var id = _ids.Take();
                    var forYoung = i < 2;
                    var starts = Day(YearStart, 330);
                    events.Add(id, RegionId, _authorities[m], _municipalityIds[m], forYoung ? $"Школа молодого педагога, занятие {i + 1}"
                        : $"Муниципальный методический семинар № {i + 1}",
                        (EventForm)(1 + _random.Next(10)), SupportLevel.Municipal, starts, starts.AddDays(_random.Next(2)),
                            "Актовый зал управления образования", null, forYoung, null, 0);
                    (forYoung ? young[m] : other[m]).Add(id);
                }
            }

            foreach (var p in _people)
            {
                var chosen = new HashSet<int>();
                if (p.Young && Chance(0.6))
                {
                    chosen.Add(young[p.MunicipalityIndex][_random.Next(young[p.MunicipalityIndex].Count)]);
                }

                for (var n = Chance(0.45) ? 1 + _random.Next(2) : 0; n > 0; n--)
                {
                    chosen.Add(other[p.MunicipalityIndex][_random.Next(other[p.MunicipalityIndex].Count)]);
                }

                foreach (var e in chosen)
                {
                    participations.Add(_ids.Take(), RegionId, p.OrganizationId, p.Id, e, Chance(0.05) ? ParticipationRole.Speaker
                        : ParticipationRole.Participant);
                }
            }
        }

        public async Task CopyFactsAsync(NpgsqlConnection connection)
        {
            foreach (var table in _tables)
            {
                await table.CopyAsync(connection);
            }
        }

        /// <summary>
        /// The forms carry what the registry counts for each organization (as a school that pressed «Заполнить из
        /// реестра» would send), a few with a discrepancy; most are accepted, some late, a few still in progress.
        /// </summary>
        public async Task CopyFormsAsync(NpgsqlConnection connection, string connectionString)
        {
            List<IndicatorRow> registry;
            await using (var db = PortalData.CreateContext(connectionString, CurrentUser.System))
            {
                registry = await RegistryIndicators.ComputeAsync(db, RegionId, Year, ReportingDate, CancellationToken.None);
            }

            var counts = registry.Where(r => r.Level == IndicatorLevel.Organization).ToDictionary(r => r.Id!.Value, r => r.Counts);
            var forms = new Table("monitoring_forms", "id", "region_id", "organization_id", "campaign_id", "status", "discrepancy_comment",
                "submitted_at", "is_late",
                "review_comment", "declared_diagnosed", "declared_educators", "declared_heads", "declared_heads_highest", "declared_heads_improved",
                "declared_in_communities", "declared_in_mentoring", "declared_newcomers", "declared_newcomers_supported", "declared_organizations",
                "declared_with_mentoring_program", "declared_with_route", "declared_young", "declared_young_in_projects");
            var history = new Table("monitoring_form_events", "id", "region_id", "organization_id", "form_id", "at", "user_id", "user_name", "status",
                "action", "comment");
            foreach (var organization in _countingOrganizations)
            {
                var c = counts.GetValueOrDefault(organization, IndicatorCounts.OneOrganization);
                var status = _random.Next(100) switch { < 90 => FormStatus.Accepted, < 94 => FormStatus.Submitted, < 96 => FormStatus.Returned,
                    < 98 => FormStatus.Draft, _ => FormStatus.NotStarted };
                var differs = status != FormStatus.NotStarted && c.Diagnosed > 0 && Chance(0.08);
                if (differs)
                {
                    c = c with { Diagnosed = c.Diagnosed - 1 };
                }

                DateTime? sent = status is FormStatus.NotStarted or FormStatus.Draft ? null : Deadline.AddDays(-10).AddHours(_random.Next(14 * 24));
                var id = _ids.Take();
                forms.Add(id, RegionId, organization, CampaignId, status, differs ? "Одна диагностика проведена до приёма на работу" : null, sent,
                    sent > Deadline,
                    status == FormStatus.Returned ? "Уточните число молодых педагогов" : null, c.Diagnosed, c.Educators, c.Heads, c.HeadsHighest,
                        c.HeadsImproved,
                    c.InCommunities, c.InMentoring, c.Newcomers, c.NewcomersSupported, c.Organizations, c.WithMentoringProgram, c.WithRoute, c.Young,
                        c.YoungInProjects);
                if (sent is { } at)
                {
                    history.Add(_ids.Take(), RegionId, organization, id, at, null, "Администратор ОО", FormStatus.Submitted, "Отправлена на проверку", null);
                    if (status is FormStatus.Accepted or FormStatus.Returned)
                    {
                        history.Add(_ids.Take(), RegionId, organization, id, at.AddDays(2), null, "Координатор МСНМС", status,
                            status == FormStatus.Accepted ? "Принята" : "Возвращена на доработку", null);
                    }
                }
            }

            await forms.CopyAsync(connection);
            await history.CopyAsync(connection);
            _tables.Add(forms);
            _tables.Add(history);
        }
    }
}
