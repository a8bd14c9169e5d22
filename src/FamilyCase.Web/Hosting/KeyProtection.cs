using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FamilyCase.Data;
using Microsoft.AspNetCore.DataProtection;

namespace FamilyCase.Web.Hosting;

/// <summary>
/// Encrypts the data-protection key ring at rest with a certificate, when one is configured: from a PFX file
/// (<c>DataProtection:Certificate:Path</c> and <c>:Password</c>) or from the machine's certificate store by thumbprint
/// (<c>DataProtection:Certificate:Thumbprint</c>).
/// </summary>
public static class KeyProtection
{
    public const string PathKey = "DataProtection:Certificate:Path";
    public const string PasswordKey = "DataProtection:Certificate:Password";
    public const string ThumbprintKey = "DataProtection:Certificate:Thumbprint";

    public static IDataProtectionBuilder ProtectKeysAtRest(this IDataProtectionBuilder builder, IConfiguration configuration, string contentRoot)
    {
        if (Certificate(configuration, contentRoot) is not { } certificate)
        {
            return builder;
        }

        return builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    public static X509Certificate2? Certificate(IConfiguration configuration, string contentRoot)
    {
        if (configuration[PathKey] is { Length: > 0 } path)
        {
            var file = Path.GetFullPath(path, contentRoot);
            try
            {
                return Usable(X509CertificateLoader.LoadPkcs12FromFile(file, configuration[PasswordKey]), PathKey);
            }
            catch (Exception problem) when (problem is CryptographicException or IOException or UnauthorizedAccessException)
            {
                throw new InvalidSettingException(PathKey, $"the certificate '{file}' could not be read ({problem.Message}); check the file and {PasswordKey}.");
            }
        }

        if (configuration[ThumbprintKey] is { Length: > 0 } thumbprint)
        {
            foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
            {
                using var store = new X509Store(StoreName.My, location);
                try
                {
                    store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
                }
                catch (CryptographicException)
                {
                    // Linux has no LocalMachine store, and a store that was never created cannot hold the certificate.
                    continue;
                }

                if (store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false) is [var found, ..])
                {
                    return Usable(found, ThumbprintKey);
                }
            }

            throw new InvalidSettingException(ThumbprintKey, $"no certificate with thumbprint {thumbprint} is in the CurrentUser or LocalMachine 'My' store.");
        }

        return null;
    }

    private static X509Certificate2 Usable(X509Certificate2 certificate, string key) => certificate.HasPrivateKey
        ? certificate
        : throw new InvalidSettingException(key, "the certificate has no private key, so the keys it protects could never be read again.");
}
