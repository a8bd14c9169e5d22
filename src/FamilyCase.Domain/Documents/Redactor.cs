using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Documents;

/// <summary>
/// Applies <see cref="RedactionRules"/> to one document. Every value printed is made here: names by the naming rules, record
/// text only where its field may print and with every protected name and date of birth taken out, and the template's own words.
/// </summary>
public sealed partial class Redactor
{
    private static readonly CultureInfo Canada = CultureInfo.GetCultureInfo("en-CA");
    private readonly Dictionary<int, string> _documentNames;
    private readonly ProtectedTerms _protected;

    public Redactor(RedactionContext context)
    {
        Context = context;
        _documentNames = context.Family.ToDictionary(m => m.Id, DocumentName);
        _protected = new ProtectedTerms(context.Family.OrderBy(m => m.Id).Select(m => new ProtectedPerson(m, TreatmentOfName(m), _documentNames[m.Id], RoleWord(m.Role))).ToList());
    }

    public RedactionContext Context { get; }

    public Treatment TreatmentOf(DocumentField field) => RedactionRules.TreatmentOf(field, Context.PublicationBan, Context.ChildProtection);

    public bool Prints(DocumentField field) => TreatmentOf(field) != Treatment.Withhold;

    public Treatment TreatmentOfName(FamilyMember member) => TreatmentOf(NameField(member));

    /// <summary>The member's name as this document may print it.</summary>
    public SafeText Name(FamilyMember member) => new(_documentNames.TryGetValue(member.Id, out var name) ? name : DocumentName(member));

    /// <summary>Text from a record, printed only if its field may print, with protected names and dates of birth taken out.</summary>
    public SafeText Record(DocumentField field, string? value) =>
        string.IsNullOrWhiteSpace(value) || !Prints(field) ? SafeText.Empty : new SafeText(DoubledStop().Replace(_protected.Scrub(value.Trim()), "."));

    /// <summary>The template's own words. Pass only words written for the document; values from records go through <see cref="Record"/>.</summary>
    public static SafeText Words(string documentText) => new(DoubledStop().Replace(documentText, "."));

    /// <summary>The template's words with safe values in its {0}, {1}… places.</summary>
    public static SafeText Words(string template, params SafeText[] values) =>
        new(DoubledStop().Replace(string.Format(Canada, template, values.Select(v => (object)v.Value).ToArray()), "."));

    public static SafeText Join(string separator, IEnumerable<SafeText> parts) =>
        new(string.Join(separator, parts.Where(p => !p.IsEmpty).Select(p => p.Value)));

    public static SafeText Date(DateOnly day) => new(day.ToString("d MMMM yyyy", Canada));

    public static SafeText DateTime(DateTime local) => new(local.ToString("dddd d MMMM yyyy, h:mm tt", Canada));

    public static SafeText Time(DateTime local) => new(local.ToString("h:mm tt", Canada));

    /// <summary>Text for the file's title, subject and keywords: every family member's name is taken out, adults' too.</summary>
    public SafeText Metadata(string text) => new(_protected.ScrubEveryName(text));

    private DocumentField NameField(FamilyMember member) =>
        member.Role == MemberRole.IdentifiedChild ? DocumentField.IdentifiedChildName
        : member.IsMinorOn(Context.Day) ? DocumentField.MinorName
        : DocumentField.AdultName;

    private string DocumentName(FamilyMember member) => TreatmentOfName(member) switch
    {
        Treatment.Print => $"{member.NameToUse} {member.LastName}".Trim(),
        Treatment.FirstNameOnly => member.NameToUse.Trim(),
        Treatment.Initials => Initials(member),
        Treatment.RelationshipAndInitials => $"{RoleWord(member.Role)} ({Initials(member)})",
        _ => "a family member",
    };

    /// <summary>The set word for a person's place in the family; the free-text relationship could itself hold a name.</summary>
    public static string RoleWord(MemberRole role) => role switch
    {
        MemberRole.IdentifiedChild => "Child",
        MemberRole.Parent => "Parent",
        MemberRole.StepParent => "Step-parent",
        MemberRole.Guardian => "Guardian",
        MemberRole.Sibling => "Sibling",
        MemberRole.ExtendedFamily => "Family member",
        _ => "Support person",
    };

    /// <summary>"Zoë O'Neil-Tremblay" becomes "Z.O."</summary>
    public static string Initials(FamilyMember member)
    {
        var builder = new StringBuilder();
        foreach (var part in new[] { member.FirstName, member.LastName })
        {
            var first = part.Trim().Normalize(NormalizationForm.FormC).FirstOrDefault(char.IsLetter);
            if (first != default)
            {
                builder.Append(char.ToUpperInvariant(first)).Append('.');
            }
        }
        return builder.ToString();
    }

    /// <summary>"H.O." or "9:30 a.m." at the end of a sentence would otherwise end in two full stops.</summary>
    [GeneratedRegex(@"(?<!\.)\.\.(?!\.)")]
    private static partial Regex DoubledStop();
}
