namespace FamilyCase.Domain;

/// <summary>A record two people may edit at once: the version goes up with every save, so the second save is caught.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
