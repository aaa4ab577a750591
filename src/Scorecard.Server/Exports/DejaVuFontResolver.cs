using PdfSharp.Fonts;

namespace Scorecard.Server.Exports;

/// <summary>
/// PDFsharp finds no system fonts on Linux: this hands it DejaVu Sans from the font folder
/// (Debian's fonts-dejavu-core, or <c>Scorecard:Exports:FontFolder</c>). Every family maps to it.
/// </summary>
sealed class DejaVuFontResolver(string folder) : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string DefaultFolder = "/usr/share/fonts/truetype/dejavu";
    const string Regular = "DejaVuSans.ttf", Bold = "DejaVuSans-Bold.ttf";
    static readonly Lock Gate = new();

    public static void EnsureInstalled(string? folder)
    {
        var dir = string.IsNullOrWhiteSpace(folder) ? DefaultFolder : folder;
        if (!File.Exists(Path.Combine(dir, Regular)))
        {
            throw new Api.ProblemException(StatusCodes.Status503ServiceUnavailable, "PDF fonts missing",
                $"PDF export needs the DejaVu fonts in {dir} (apt-get install fonts-dejavu-core), or Scorecard:Exports:FontFolder naming a folder with {Regular}.");
        }

        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new DejaVuFontResolver(dir);
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold && File.Exists(Path.Combine(folder, Bold)) ? Bold : Regular);

    public byte[] GetFont(string faceName) => File.ReadAllBytes(Path.Combine(folder, faceName));
}
