using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Justice;
using FamilyCase.Testing;

namespace FamilyCase.Web.Tests.CourtDocuments;

/// <summary>The Warsame family has no court date in the demo: gives them a prosecution and one date with Ubah attending, as the Justice tab would.</summary>
internal static class WarsameCourtDate
{
    public static async Task<int> AddAsync(FamilyCaseAppFactory app, CourtEventKind kind, DateTime startsAtUtc, AttendanceRole role)
    {
        var (warsame, ubah) = await app.PersonAsync("FC-2026-00057", "Ubah");
        await using var db = app.CreateDb();
        db.Actor = AuditActor.System;
        var proceeding = new LegalProceeding
        {
            FamilyId = warsame, Kind = ProceedingKind.CriminalProsecution, Court = "Ontario Court of Justice", CourtFileNumber = "4817-998-26-55501",
            OpenedOn = AgencyDay.Today.AddDays(-30), StatusOn = AgencyDay.Today.AddDays(-30),
        };
        db.Proceedings.Add(proceeding);
        await db.SaveChangesAsync();
        var courtEvent = new CourtEvent { FamilyId = warsame, ProceedingId = proceeding.Id, Kind = kind, Courthouse = "Toronto courthouse", StartsAtUtc = startsAtUtc };
        courtEvent.Attendances.Add(new CourtAttendance { FamilyId = warsame, FamilyMemberId = ubah, Role = role });
        db.CourtEvents.Add(courtEvent);
        await db.SaveChangesAsync();
        return courtEvent.Id;
    }
}
