using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Documents;

/// <summary>One protected person, how the document may name them, and the plain word for their place in the family.</summary>
internal sealed record ProtectedPerson(FamilyMember Member, Treatment Treatment, string DocumentName, string RoleWord);

/// <summary>
/// Finds a protected person's name, date of birth or contact details in free text however it was typed (any case, with or
/// without accents or apostrophes, hyphen or space, "Last, First", a middle name between) and puts in its place what the document
/// may print. Matching runs on a folded copy of the text of the same length, so the rest of the text is left exactly as typed.
/// </summary>
internal sealed class ProtectedTerms
{
    public const string DateWithheld = "[date withheld]";
    public const string Withheld = "[withheld]";
    private const string Boundary = @"(?<![\p{L}\p{M}\p{Nd}])";
    private const string End = @"(?![\p{L}\p{M}\p{Nd}])";
    private const string Separator = @"(?:\s*-\s*|\s+)";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly CultureInfo[] DateCultures = [CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("en-CA"), CultureInfo.GetCultureInfo("fr-CA")];
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy'/'MM'/'dd", "dd'/'MM'/'yyyy", "MM'/'dd'/'yyyy", "d'/'M'/'yyyy", "M'/'d'/'yyyy", "dd.MM.yyyy",
        "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d, yyyy", "MMM d yyyy",
    ];

    private readonly Replacer _protected;
    private readonly Replacer _everyName;

    public ProtectedTerms(IReadOnlyList<ProtectedPerson> people)
    {
        var terms = new List<(string Pattern, string Replacement)>();
        var everyName = new List<(string Pattern, string Replacement)>();
        foreach (var person in people)
        {
            var member = person.Member;
            terms.AddRange(DatesOfBirth(member).Select(d => (Literal(d), DateWithheld)));
            terms.AddRange(ContactDetails(member).Select(c => (c, Withheld)));
            foreach (var first in FirstNames(member))
            {
                var name = Pattern(first);
                var last = Pattern(member.LastName);
                var full = new[] { $@"{name}(?:\s+\p{{L}}[\p{{L}}'.-]*)?{Separator}{last}", $@"{last}\s*,\s*{name}", $"{last}{Separator}{name}" };
                everyName.AddRange(full.Select(f => (f, person.RoleWord)));
                everyName.Add((name, person.RoleWord));
                if (person.Treatment != Treatment.Print)
                {
                    terms.AddRange(full.Select(f => (f, person.DocumentName)));
                }

                if (person.Treatment >= Treatment.Initials)
                {
                    terms.Add((name, person.DocumentName));
                }
            }

            foreach (var surname in Surnames(member))
            {
                everyName.Add((Pattern(surname), person.RoleWord));
                if (person.Treatment != Treatment.Print)
                {
                    // A surname alone is shared with the parents, so it stands as an initial rather than as anyone's initials.
                    terms.Add((Pattern(surname), char.ToUpperInvariant(surname.Trim()[0]) + "."));
                }
            }
        }

        _protected = new Replacer(terms);
        _everyName = new Replacer(everyName);
    }

    public string Scrub(string text) => _protected.Replace(WithoutInvisibles(text.Normalize(NormalizationForm.FormC)));

    public string ScrubEveryName(string text) => _everyName.Replace(Scrub(text));

    private static IEnumerable<string> FirstNames(FamilyMember member) =>
        new[] { member.FirstName, member.PreferredName }.Where(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length > 1).Select(n => n!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The whole surname and each part of a compound one ("O'Neil-Tremblay", "O'Neil", "Tremblay").</summary>
    private static IEnumerable<string> Surnames(FamilyMember member)
    {
        var last = member.LastName.Trim();
        var parts = last.Split([' ', '-', '‐', '‑', '–', '—'], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length > 2);
        return new[] { last }.Concat(parts).Where(s => s.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(s => s.Length);
    }

    /// <summary>A person's address, phone, e-mail and code word, wherever someone typed them again; a phone in any punctuation.</summary>
    private static IEnumerable<string> ContactDetails(FamilyMember member)
    {
        var contact = member.SafeContact;
        foreach (var text in new[] { contact.Address, contact.Email, contact.CodeWord }.Where(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length > 3))
        {
            yield return Pattern(text!);
        }

        var digits = new string((contact.Phone ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= 7)
        {
            var local = digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
            yield return @"(?:\+?1[\s().-]*)?\(?" + string.Join(@"[\s().-]*", local.Select(d => d.ToString()));
        }
    }

    private static IEnumerable<string> DatesOfBirth(FamilyMember member) => member.DateOfBirth is { } born
        ? DateCultures.SelectMany(culture => DateFormats.Select(format => born.ToString(format, culture))).Distinct()
        : [];

    /// <summary>A name as a pattern over folded text: apostrophes optional, hyphens and spaces alike.</summary>
    private static string Pattern(string term)
    {
        var builder = new StringBuilder();
        foreach (var c in Fold(term.Trim()))
        {
            builder.Append(c switch
            {
                '\'' => @"(?:'|\s*-\s*|\s+)?",
                '-' or ' ' => Separator,
                ',' => @"\s*,",
                '.' => @"\.?",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return builder.ToString();
    }

    private static string Literal(string term) => string.Join(@"\s*", Fold(term).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => Regex.Escape(p).Replace(@"\.", @"\.?", StringComparison.Ordinal)));

    /// <summary>Lower case, accents off, one kind of apostrophe and hyphen: one character for each character, so positions hold.</summary>
    private static string Fold(string text)
    {
        var folded = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var bare = c < 128 || char.IsSurrogate(c) ? c : c.ToString().Normalize(NormalizationForm.FormD)[0];
            folded[i] = bare switch
            {
                '’' or '‘' or '`' or 'ʼ' or '′' => '\'',
                '‐' or '‑' or '–' or '—' or '−' => '-',
                _ => char.ToLowerInvariant(bare),
            };
        }

        return new string(folded);
    }

    private static string WithoutInvisibles(string text) =>
        text.Any(c => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            ? new string(text.Where(c => c is not ('\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')).ToArray())
            : text;

    /// <summary>Many patterns in one pass; each match is replaced by the replacement of the pattern that matched it.</summary>
    private sealed class Replacer
    {
        // A family's documents are made again and again (preview, generate, a court day): its pattern is built once.
        private const int MostCached = 512;
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Cache = new();

        private readonly Regex? _pattern;
        private readonly string[] _replacements;

        public Replacer(List<(string Pattern, string Replacement)> terms)
        {
            // Longer patterns first, so "Zoë O'Neil-Tremblay" is taken whole before "Zoë" alone.
            var ordered = terms.DistinctBy(t => t.Pattern).OrderByDescending(t => t.Pattern.Length).ToList();
            _replacements = ordered.Select(t => t.Replacement).ToArray();
            _pattern = ordered.Count == 0 ? null : Cached($"{Boundary}(?:{string.Join('|', ordered.Select(t => $"({t.Pattern})"))}){End}");
        }

        private static Regex Cached(string pattern)
        {
            if (Cache.TryGetValue(pattern, out var regex))
            {
                return regex;
            }

            if (Cache.Count >= MostCached)
            {
                Cache.Clear();
            }

            return Cache.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, Timeout));
        }

        public string Replace(string text)
        {
            if (_pattern is null)
            {
                return text;
            }

            var folded = Fold(text);
            var builder = new StringBuilder(text.Length);
            var at = 0;
            foreach (Match match in _pattern.Matches(folded))
            {
                var group = 1;
                while (!match.Groups[group].Success)
                {
                    group++;
                }

                builder.Append(text, at, match.Index - at).Append(_replacements[group - 1]);
                at = match.Index + match.Length;
            }

            return builder.Append(text, at, text.Length - at).ToString();
        }
    }
}
