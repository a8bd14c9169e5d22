using FamilyCase.Domain.Justice;

namespace FamilyCase.Reports.Composition;

/// <summary>What usually happens at each kind of hearing, in plain words for a family. Nothing here is about a particular case.</summary>
public static class HearingWords
{
    public static string WhatUsuallyHappens(CourtEventKind kind) => kind switch
    {
        CourtEventKind.BailHearing => "A bail hearing decides whether the accused person stays in custody until the trial, or is released with conditions such as staying away from your family. It is often short. You do not have to speak.",
        CourtEventKind.FirstAppearance => "A first appearance is usually very short. The court sets the next date. Nobody gives evidence, and you do not have to be there.",
        CourtEventKind.CaseManagement => "A case management date is for the lawyers and the judge to plan the case. It is usually short, and you do not have to speak.",
        CourtEventKind.PreliminaryInquiry => "At a preliminary inquiry a judge decides whether there is enough evidence for a trial. Some witnesses may be asked questions. The Crown or victim/witness staff will tell you if you are one of them.",
        CourtEventKind.PreTrial => "A pre-trial is a meeting of the lawyers and a judge to plan the trial. Families usually do not attend.",
        CourtEventKind.Trial => "At a trial, witnesses answer questions and the judge or jury decides the case. There are breaks, and you can ask for one. The people helping you can explain the aids the court may allow, such as a screen or a support person.",
        CourtEventKind.Sentencing => "At a sentencing hearing the judge decides the sentence. Victim impact statements may be read or filed at this hearing.",
        CourtEventKind.Appeal => "At an appeal a higher court reviews the decision. Witnesses do not usually give evidence again.",
        CourtEventKind.FamilyCourtAppearance => "A family-court appearance is a hearing about the family's arrangements. The judge may make or change orders.",
        _ => "A child-protection appearance is a hearing about a child's care. The judge may make or change orders about where the child lives and who they see.",
    };

    public static string Arranged(Domain.Justice.AccommodationStatus status) => status switch
    {
        Domain.Justice.AccommodationStatus.Granted or Domain.Justice.AccommodationStatus.Used => "has been arranged",
        Domain.Justice.AccommodationStatus.Refused => "was not allowed by the court; we can talk about other ways to help",
        Domain.Justice.AccommodationStatus.Withdrawn => "is no longer asked for",
        _ => "has been asked for; we will tell you what the court decides",
    };
}
