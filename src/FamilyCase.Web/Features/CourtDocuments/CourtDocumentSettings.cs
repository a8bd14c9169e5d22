using FamilyCase.Data;
using FamilyCase.Reports.Composition;
using FamilyCase.Web.Hosting;

namespace FamilyCase.Web.Features.CourtDocuments;

/// <summary>
/// The agency as its court documents name it, an optional logo for the cover (PNG or JPEG), and whether a copy of each
/// generated file is kept (by default only its SHA-256 is: the records reproduce it).
/// </summary>
public sealed record CourtDocumentSettings(AgencyDetails Agency, bool KeepCopies)
{
    public const string NameKey = "Documents:AgencyName";
    public const string PhoneKey = "Documents:AgencyPhone";
    public const string LogoKey = "Documents:LogoPath";
    public const string KeepCopiesKey = "Documents:KeepCopies";
    public const string DefaultName = "Family support agency";

    public static CourtDocumentSettings From(IConfiguration configuration)
    {
        var logoPath = configuration[LogoKey];
        byte[]? logo = null;
        if (!string.IsNullOrWhiteSpace(logoPath))
        {
            logo = File.Exists(logoPath) ? File.ReadAllBytes(logoPath) : throw new InvalidSettingException(LogoKey, $"there is no file at '{logoPath}'.");
            if (!IsPng(logo) && !IsJpeg(logo))
            {
                throw new InvalidSettingException(LogoKey, $"'{logoPath}' is not a PNG or JPEG image.");
            }
        }

        var name = configuration[NameKey]?.Trim();
        var phone = configuration[PhoneKey]?.Trim();
        return new CourtDocumentSettings(
            new AgencyDetails(string.IsNullOrEmpty(name) ? DefaultName : name, string.IsNullOrEmpty(phone) ? null : phone, logo),
            SettingReader.YesNo(configuration, KeepCopiesKey, false));
    }

    private static bool IsPng(byte[] bytes) => bytes.Length > 8 && bytes[0] == 0x89 && bytes[1] == 0x50 && bytes[2] == 0x4E && bytes[3] == 0x47;

    private static bool IsJpeg(byte[] bytes) => bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8;
}
