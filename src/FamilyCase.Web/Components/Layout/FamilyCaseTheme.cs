using MudBlazor;
using MudBlazor.Services;

namespace FamilyCase.Web.Components.Layout;

/// <summary>A calm light theme; every text colour meets WCAG AA contrast (4.5:1) on its background.</summary>
public static class FamilyCaseTheme
{
    private static readonly string[] SystemFonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Light { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1D5A8C",
            Secondary = "#5B3F8C",
            Tertiary = "#1E6B5C",
            Info = "#0B5394",
            Success = "#1B5E20",
            Warning = "#8A4B00",
            Error = "#B3261E",
            AppbarBackground = "#1D5A8C",
            AppbarText = "#FFFFFF",
            Background = "#F7F8FA",
            Surface = "#FFFFFF",
            DrawerBackground = "#FFFFFF",
            DrawerText = "#1F2328",
            TextPrimary = "#1F2328",
            TextSecondary = "#4A525C",
            ActionDefault = "#4A525C",
            LinesDefault = "#D0D5DB",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
            H1 = new H1Typography { FontFamily = SystemFonts },
            H2 = new H2Typography { FontFamily = SystemFonts },
            H3 = new H3Typography { FontFamily = SystemFonts },
            H4 = new H4Typography { FontFamily = SystemFonts, FontSize = "1.9rem" },
            H5 = new H5Typography { FontFamily = SystemFonts },
            H6 = new H6Typography { FontFamily = SystemFonts },
            Button = new ButtonTypography { FontFamily = SystemFonts, TextTransform = "none" },
        },
    };

    public static void ConfigureSnackbar(MudServicesConfiguration configuration)
    {
        configuration.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomLeft;
        configuration.SnackbarConfiguration.VisibleStateDuration = 6000;
        configuration.SnackbarConfiguration.ShowCloseIcon = true;
    }
}
