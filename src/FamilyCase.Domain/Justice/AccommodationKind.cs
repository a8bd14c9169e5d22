namespace FamilyCase.Domain.Justice;

/// <summary>Testimonial aids and other accommodations, with the Criminal Code section where there is one.</summary>
public enum AccommodationKind
{
    ExclusionOfPublic,
    SupportPerson,
    CctvOrScreen,
    NoPersonalCrossExamination,
    IdentityNonDisclosure,
    PublicationBan,
    VideoRecordedStatement,
    CommunicationIntermediary,
    Interpreter,
    Breaks,
    QuietWaitingRoom,
}

public static class AccommodationKinds
{
    public static string? Section(AccommodationKind kind) => kind switch
    {
        AccommodationKind.ExclusionOfPublic => "s. 486(1)",
        AccommodationKind.SupportPerson => "s. 486.1",
        AccommodationKind.CctvOrScreen => "s. 486.2",
        AccommodationKind.NoPersonalCrossExamination => "s. 486.3",
        AccommodationKind.IdentityNonDisclosure => "s. 486.31",
        AccommodationKind.PublicationBan => "s. 486.4",
        AccommodationKind.VideoRecordedStatement => "s. 715.1",
        _ => null,
    };
}
