using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Documents;

/// <summary>
/// Finds a protected person's name or date of birth in free text, however it was typed (any case, curly or straight
/// apostrophes, with or without accents, "Last, First"), and puts the name the document may print in its place.
/// </summary>
internal sealed class ProtectedTerms
{
    private const string Boundary = @"(?<![\p{L}\p{M}\p{Nd}])";
    private const string End = @"(?![\p{L}\p{M}\p{Nd}])";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d, yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "yyyy/MM/dd"];
    private static readonly CultureInfo[] DateCultures = [CultureInfo.GetCultureInfo("en-CA"), CultureInfo.GetCultureInfo("fr-CA")];
    public const string DateWithheld = "[date withheld]";
    public const string Withheld = "[withheld]";

    private readonly Replacer _anyCase;
    private readonly Replacer _exactCase;
    private readonly Replacer _everyName;

    public ProtectedTerms(IEnumerable<(FamilyMember Member, Treatment Treatment, string DocumentName)> people, bool childProtection)
    {
        var anyCase = new Dictionary<string, string>();
        var exactCase = new Dictionary<string, string>();
        var everyName = new Dictionary<string, string>();
        foreach (var (member, treatment, documentName) in people)
        {
            foreach (var dateOfBirth in DatesOfBirth(member))
            {
                anyCase.TryAdd(dateOfBirth, DateWithheld);
            }
            foreach (var contact in ContactDetails(member))
            {
                anyCase.TryAdd(contact, Withheld);
            }
            foreach (var fullName in FullNames(member))
            {
                everyName.TryAdd(fullName, member.Relationship.Trim());
                if (treatment != Treatment.Print)
                {
                    anyCase.TryAdd(fullName, documentName);
                }
            }
            foreach (var single in SingleNames(member, childProtection || treatment >= Treatment.Initials))
            {
                everyName.TryAdd(single, member.Relationship.Trim());
                if (treatment >= Treatment.Initials)
                {
                    exactCase.TryAdd(single, documentName);
                }
            }
        }
        _anyCase = new Replacer(anyCase, RegexOptions.IgnoreCase);
        _exactCase = new Replacer(exactCase, RegexOptions.None);
        _everyName = new Replacer(everyName, RegexOptions.IgnoreCase);
    }

    public string Scrub(string text) => _exactCase.Replace(_anyCase.Replace(text.Normalize(NormalizationForm.FormC)));

    public string ScrubEveryName(string text) => _everyName.Replace(Scrub(text));

    private static IEnumerable<string> FullNames(FamilyMember member)
    {
        var last = member.LastName.Trim();
        foreach (var first in FirstNames(member))
        {
            yield return $"{first} {last}";
            yield return $"{last}, {first}";
            yield return $"{last} {first}";
        }
    }

    private static IEnumerable<string> SingleNames(FamilyMember member, bool withLastName)
    {
        foreach (var first in FirstNames(member))
        {
            yield return first;
        }
        if (withLastName && member.LastName.Trim().Length > 1)
        {
            yield return member.LastName.Trim();
        }
    }

    private static IEnumerable<string> FirstNames(FamilyMember member) =>
        new[] { member.FirstName, member.PreferredName }.Where(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length > 1).Select(n => n!.Trim()).Distinct();

    /// <summary>A person's address, phone, e-mail and code word, wherever someone typed them again.</summary>
    private static IEnumerable<string> ContactDetails(FamilyMember member) =>
        new[] { member.SafeContact.Address, member.SafeContact.Phone, member.SafeContact.Email, member.SafeContact.CodeWord }
            .Where(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length > 3)
            .Select(v => v!.Trim());

    private static IEnumerable<string> DatesOfBirth(FamilyMember member) => member.DateOfBirth is { } born
        ? DateCultures.SelectMany(culture => DateFormats.Select(format => born.ToString(format, culture))).Distinct()
        : [];

    /// <summary>One pattern for many terms; each match is put back as the replacement of the term it matched.</summary>
    private sealed class Replacer
    {
        private readonly Regex? _pattern;
        private readonly Dictionary<string, string> _replacements = [];

        public Replacer(Dictionary<string, string> terms, RegexOptions options)
        {
            var alternatives = new List<string>();
            foreach (var (term, replacement) in terms.OrderByDescending(t => t.Key.Length))
            {
                foreach (var spelling in Spellings(term))
                {
                    _replacements.TryAdd(Key(spelling, options), replacement);
                    alternatives.Add(Pattern(spelling));
                }
            }
            _pattern = alternatives.Count == 0 ? null
                : new Regex($"{Boundary}(?:{string.Join('|', alternatives.Distinct())}){End}", options | RegexOptions.CultureInvariant, Timeout);
        }

        public string Replace(string text) => _pattern is null ? text
            : _pattern.Replace(text, match => _replacements.TryGetValue(Key(match.Value, _pattern.Options), out var replacement) ? replacement : Withheld);

        private static IEnumerable<string> Spellings(string term)
        {
            var composed = term.Normalize(NormalizationForm.FormC);
            yield return composed;
            var plain = WithoutAccents(composed);
            if (plain != composed)
            {
                yield return plain;
            }
        }

        private static string Pattern(string term)
        {
            var builder = new StringBuilder();
            foreach (var c in term)
            {
                builder.Append(c switch
                {
                    ' ' => @"\s+",
                    '\'' or '’' => "['’‘`]",
                    '-' or '‐' or '–' => @"(?:\s*[-‐–]\s*|\s+)",
                    ',' => @"\s*,",
                    _ => Regex.Escape(c.ToString()),
                });
            }
            return builder.ToString();
        }

        private static string Key(string text, RegexOptions options)
        {
            var builder = new StringBuilder();
            foreach (var c in text.Normalize(NormalizationForm.FormC))
            {
                if (char.IsWhiteSpace(c))
                {
                    if (builder.Length > 0 && builder[^1] != ' ')
                    {
                        builder.Append(' ');
                    }
                    continue;
                }
                if (c is '-' or '‐' or '–')
                {
                    if (builder.Length > 0 && builder[^1] != ' ')
                    {
                        builder.Append(' ');
                    }
                    continue;
                }
                builder.Append(c is '’' or '‘' or '`' ? '\'' : c);
            }
            var key = builder.ToString().Trim().Replace(" ,", ",", StringComparison.Ordinal);
            return options.HasFlag(RegexOptions.IgnoreCase) ? key.ToUpperInvariant() : key;
        }

        private static string WithoutAccents(string text)
        {
            var builder = new StringBuilder();
            foreach (var c in text.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(c);
                }
            }
            return builder.ToString().Normalize(NormalizationForm.FormC);
        }
    }
}
