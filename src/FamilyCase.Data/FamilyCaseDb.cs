using FamilyCase.Data.Auditing;
using FamilyCase.Data.Identity;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Notes;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Supervision;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Data;

public class FamilyCaseDb(DbContextOptions<FamilyCaseDb> options)
    : IdentityUserContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<Family> Families => Set<Family>();
    public DbSet<FamilyMember> FamilyMembers => Set<FamilyMember>();
    public DbSet<FamilyAssignment> Assignments => Set<FamilyAssignment>();
    public DbSet<ContactNote> ContactNotes => Set<ContactNote>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<EmergencyAccess> EmergencyAccesses => Set<EmergencyAccess>();
    public DbSet<EmergencyAccessRequest> EmergencyAccessRequests => Set<EmergencyAccessRequest>();
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<AssessmentAnswer> AssessmentAnswers => Set<AssessmentAnswer>();
    public DbSet<SafetyAlert> SafetyAlerts => Set<SafetyAlert>();
    public DbSet<LegalProceeding> Proceedings => Set<LegalProceeding>();
    public DbSet<Charge> Charges => Set<Charge>();
    public DbSet<PublicationBan> PublicationBans => Set<PublicationBan>();
    public DbSet<CourtEvent> CourtEvents => Set<CourtEvent>();
    public DbSet<CourtAttendance> CourtAttendances => Set<CourtAttendance>();
    public DbSet<Accommodation> Accommodations => Set<Accommodation>();
    public DbSet<VictimImpactStatement> Statements => Set<VictimImpactStatement>();
    public DbSet<PoliceContact> PoliceContacts => Set<PoliceContact>();
    public DbSet<InformationGiven> InformationGiven => Set<InformationGiven>();
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<JusticeApplication> Applications => Set<JusticeApplication>();
    public DbSet<ServiceOrganisation> ServiceOrganisations => Set<ServiceOrganisation>();
    public DbSet<ServiceProgram> ServicePrograms => Set<ServiceProgram>();
    public DbSet<PlanGoal> Goals => Set<PlanGoal>();
    public DbSet<GoalAction> GoalActions => Set<GoalAction>();
    public DbSet<DeclinedSuggestion> DeclinedSuggestions => Set<DeclinedSuggestion>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralStep> ReferralSteps => Set<ReferralStep>();
    public DbSet<GeneratedDocument> GeneratedDocuments => Set<GeneratedDocument>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<RefusalAcknowledgement> RefusalAcknowledgements => Set<RefusalAcknowledgement>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Who is making the changes this context will save; every change to a family record is audited in their name.</summary>
    public AuditActor? Actor { get; set; }

    internal ChangeAuditBatch? PendingChangeAudit { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FamilyCaseDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the data reads plainly and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
