using MetodPortal.Domain.Identity;
using Microsoft.AspNetCore.Authorization;

namespace MetodPortal.Web.Authorization;

/// <summary>
/// What a role may do. Where it may do it is the scope: the query filters and the write guard, and for a loaded
/// record <see cref="RecordAuthorizationHandler"/>.
/// </summary>
public static class Policies
{
    public const string ReadOrganizations = nameof(ReadOrganizations);
    public const string ManageOrganizations = nameof(ManageOrganizations);
    public const string EditOrganization = nameof(EditOrganization);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ReadAudit = nameof(ReadAudit);
    public const string ReadRegion = nameof(ReadRegion);
    public const string ReadStaff = nameof(ReadStaff);
    public const string ManageStaff = nameof(ManageStaff);
    public const string ReadDiagnostics = nameof(ReadDiagnostics);
    public const string ManageDiagnostics = nameof(ManageDiagnostics);
    public const string ManageInstruments = nameof(ManageInstruments);
    public const string ReportRouteItems = nameof(ReportRouteItems);
    public const string ReadAnalytics = nameof(ReadAnalytics);
    public const string ReadMentoring = nameof(ReadMentoring);
    public const string ManageMentoring = nameof(ManageMentoring);
    public const string ReadSupport = nameof(ReadSupport);
    public const string ManageCommunities = nameof(ManageCommunities);
    public const string ManagePrograms = nameof(ManagePrograms);
    public const string ManageMentors = nameof(ManageMentors);
    public const string ReadProgramRequests = nameof(ReadProgramRequests);
    public const string FileProgramRequests = nameof(FileProgramRequests);
    public const string RecordCompletions = nameof(RecordCompletions);
    public const string ReadEvents = nameof(ReadEvents);
    public const string ManageEvents = nameof(ManageEvents);
    public const string RecordParticipations = nameof(RecordParticipations);
    public const string ManageSites = nameof(ManageSites);
    public const string ReadMonitoring = nameof(ReadMonitoring);
    public const string ManageCampaigns = nameof(ManageCampaigns);
    public const string FillMonitoringForms = nameof(FillMonitoringForms);
    public const string ReviewMonitoringForms = nameof(ReviewMonitoringForms);
    public const string ManageRecommendations = nameof(ManageRecommendations);
    public const string ReadPractices = nameof(ReadPractices);
    public const string ManagePractices = nameof(ManagePractices);
    public const string ConductExpertise = nameof(ConductExpertise);
    public const string ReadExperts = nameof(ReadExperts);
    public const string KeepSiteRecords = nameof(KeepSiteRecords);
    public const string ReviewSiteReports = nameof(ReviewSiteReports);
    public const string ReadPlan = nameof(ReadPlan);
    public const string ManagePlan = nameof(ManagePlan);
    public const string ReportMeasures = nameof(ReportMeasures);
    public const string WriteAnalysis = nameof(WriteAnalysis);
    public const string IssueAnalysis = nameof(IssueAnalysis);
    public const string AnswerRecommendations = nameof(AnswerRecommendations);

    private static readonly string[] Readers = [Roles.SystemAdmin, Roles.Ministry, Roles.RegionalMethodist, Roles.Coordinator, Roles.Methodist,
        Roles.SchoolAdmin];

    public static readonly IReadOnlyDictionary<string, string[]> RolesOf = new Dictionary<string, string[]>
    {
        // The directory of the region's municipalities and organizations, narrowed to the user's scope, is for everyone.
        [ReadOrganizations] = [.. Readers, Roles.Teacher],
        [ManageOrganizations] = [Roles.SystemAdmin, Roles.Ministry, Roles.Coordinator],
        [EditOrganization] = [Roles.SystemAdmin, Roles.Ministry, Roles.Coordinator, Roles.SchoolAdmin],
        [ManageUsers] = [Roles.SystemAdmin],
        [ReadAudit] = [Roles.SystemAdmin, Roles.Ministry],
        [ReadRegion] = [Roles.SystemAdmin, Roles.Ministry, Roles.RegionalMethodist],
        [ReadStaff] = Readers,
        [ManageStaff] = [Roles.SystemAdmin, Roles.Coordinator, Roles.SchoolAdmin],

        // Diagnostics and routes: a teacher reads only their own (the scope's SelfEducatorId narrows every row).
        [ReadDiagnostics] = [Roles.SystemAdmin, Roles.Ministry, Roles.RegionalMethodist, Roles.Coordinator, Roles.Methodist, Roles.SchoolAdmin, Roles.Teacher],
        [ManageDiagnostics] = [Roles.RegionalMethodist, Roles.Methodist],
        [ManageInstruments] = [Roles.RegionalMethodist],
        [ReportRouteItems] = [Roles.Teacher, Roles.RegionalMethodist, Roles.Methodist],
        [ReadAnalytics] = [Roles.SystemAdmin, Roles.Ministry, Roles.RegionalMethodist, Roles.Coordinator, Roles.Methodist],

        // Forms of support (the city's МСНМС regulation, приказ № 270, section 3): the school keeps its mentoring; methodists keep communities and
        // events; ЦНППМ / ИРО the ДПП registry.
        [ReadMentoring] = Readers,
        [ManageMentoring] = [Roles.SystemAdmin, Roles.SchoolAdmin],

        // The registry of mentors: the school names its own, methodists those who serve the municipality.
        [ManageMentors] = [Roles.SystemAdmin, Roles.SchoolAdmin, Roles.RegionalMethodist, Roles.Methodist],
        [ReadSupport] = Readers,
        [ManageCommunities] = [Roles.SystemAdmin, Roles.RegionalMethodist, Roles.Methodist, Roles.SchoolAdmin],
        [ManagePrograms] = [Roles.SystemAdmin, Roles.RegionalMethodist],

        // Requests for ДПП: filed by whoever needs the courses (a teacher for themself), answered by ЦНППМ / ИРО (ManagePrograms).
        [ReadProgramRequests] = [.. Readers, Roles.Teacher],
        [FileProgramRequests] = [Roles.Teacher, Roles.SchoolAdmin, Roles.Methodist, Roles.Coordinator, Roles.RegionalMethodist],
        [RecordCompletions] = [Roles.SystemAdmin, Roles.RegionalMethodist, Roles.Methodist, Roles.Coordinator, Roles.SchoolAdmin],

        // The navigator of events is for everyone in the region, teachers included; a teacher sees only their own participations.
        [ReadEvents] = [.. Readers, Roles.Teacher],
        [ManageEvents] = [Roles.SystemAdmin, Roles.RegionalMethodist, Roles.Methodist, Roles.Coordinator],
        [RecordParticipations] = [Roles.SystemAdmin, Roles.RegionalMethodist, Roles.Methodist, Roles.Coordinator, Roles.SchoolAdmin],
        [ManageSites] = [Roles.SystemAdmin, Roles.Ministry, Roles.RegionalMethodist, Roles.Coordinator],

        // The annual monitoring: the ministry runs the campaigns; a school fills its form; the coordinator (the ministry for
        // regional organizations) accepts or returns it and gives targeted recommendations; everyone else reads in scope.
        [ReadMonitoring] = Readers,
        [ManageCampaigns] = [Roles.Ministry],
        [FillMonitoringForms] = [Roles.SchoolAdmin],
        [ReviewMonitoringForms] = [Roles.Coordinator, Roles.Ministry],
        [ManageRecommendations] = [Roles.Coordinator, Roles.Ministry],

        // The bank of effective practices (seed 004): the school or a methodist prepares and submits a practice; ЦНППМ / ИРО keep the
        // registry of experts, send a practice to two of them and publish it; the experts write their reviews from their own accounts.
        [ReadPractices] = [.. Readers, Roles.Teacher],
        [ManagePractices] = [Roles.SystemAdmin, Roles.SchoolAdmin, Roles.Methodist, Roles.RegionalMethodist],
        [ConductExpertise] = [Roles.SystemAdmin, Roles.RegionalMethodist],
        [ReadExperts] = Readers,

        // What a site gives: its organization records guests and results and files the yearly report; the region (the municipality, for a
        // municipal site) accepts or returns it.
        [KeepSiteRecords] = [Roles.SystemAdmin, Roles.SchoolAdmin, Roles.Coordinator, Roles.Ministry, Roles.RegionalMethodist],
        [ReviewSiteReports] = [Roles.SystemAdmin, Roles.Ministry, Roles.RegionalMethodist, Roles.Coordinator],

        // The plan of measures (seed 004 is the region's; a municipality keeps its own): the ministry (the coordinator, for the municipality's plan)
        // keeps it, the executors report its measures; after a campaign ХК ИРО / ЦНППМ write the analytic report, the ministry reviews and issues
        // it, and the addressees answer their recommendations.
        [ReadPlan] = [Roles.SystemAdmin, Roles.Ministry, Roles.RegionalMethodist, Roles.Coordinator, Roles.Methodist],
        [ManagePlan] = [Roles.SystemAdmin, Roles.Ministry, Roles.Coordinator],
        [ReportMeasures] = [Roles.SystemAdmin, Roles.Ministry, Roles.RegionalMethodist, Roles.Coordinator, Roles.Methodist],
        [WriteAnalysis] = [Roles.SystemAdmin, Roles.RegionalMethodist],
        [IssueAnalysis] = [Roles.SystemAdmin, Roles.Ministry],
        [AnswerRecommendations] = [Roles.SchoolAdmin, Roles.Coordinator],
    };

    /// <summary>Whether the user's role is one the policy admits: for showing or hiding actions (the policy itself guards the endpoint).</summary>
    public static bool Allows(this System.Security.Claims.ClaimsPrincipal user, string policy) => RolesOf[policy].Any(user.IsInRole);

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in RolesOf)
        {
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        // Everything not marked [AllowAnonymous] needs a signed-in user.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
