using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace IntuneSupportBot.Deployment;

/// <summary>One file of the Teams app package, named as it sits at the zip root.</summary>
internal sealed record AppPackageFile(string Name, byte[] Content);

/// <summary>
/// The Teams app package: manifest.json with its placeholders filled, the localization files and icons it names.
/// Teams reads the manifest from the zip root, so the files keep their manifest-relative names.
/// </summary>
internal sealed record AppPackage(IReadOnlyList<AppPackageFile> Files)
{
    public const string ManifestFileName = "manifest.json";

    /// <summary>Reads and fills the package from <paramref name="manifestDirectory"/>; the error says what to fix.</summary>
    public static async Task<(AppPackage? Package, string? Error)> LoadAsync(
        string manifestDirectory, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        var (manifestText, error) = await ReadJsonAsync(manifestDirectory, ManifestFileName, values, ct);
        if (manifestText is null)
        {
            return (null, error);
        }

        var files = new List<AppPackageFile> { new(ManifestFileName, Encoding.UTF8.GetBytes(manifestText)) };
        var manifest = JsonNode.Parse(manifestText);
        foreach (var name in LocalizationFiles(manifest))
        {
            var (text, localizationError) = await ReadJsonAsync(manifestDirectory, name, values, ct);
            if (text is null)
            {
                return (null, localizationError);
            }

            files.Add(new AppPackageFile(name, Encoding.UTF8.GetBytes(text)));
        }

        foreach (var name in IconFiles(manifest))
        {
            var path = Path.Combine(manifestDirectory, name);
            if (!IsInside(manifestDirectory, path) || !File.Exists(path))
            {
                return (null, $"{ManifestFileName} names the icon '{name}', which is not in {manifestDirectory}.");
            }

            files.Add(new AppPackageFile(name, await File.ReadAllBytesAsync(path, ct)));
        }

        return (new AppPackage(files), null);
    }

    /// <summary>Writes the zip through a temporary file so a failed run never leaves a half-written package.</summary>
    public async Task WriteAsync(string outputPath, CancellationToken ct)
    {
        var fullPath = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporaryPath = fullPath + ".tmp";
        await using (var stream = File.Create(temporaryPath))
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var file in Files)
            {
                var entry = archive.CreateEntry(file.Name.Replace('\\', '/'), CompressionLevel.Optimal);
                await using var entryStream = entry.Open();
                await entryStream.WriteAsync(file.Content, ct);
            }
        }

        File.Move(temporaryPath, fullPath, overwrite: true);
    }

    private static async Task<(string? Text, string? Error)> ReadJsonAsync(
        string directory, string name, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        var path = Path.Combine(directory, name);
        if (!IsInside(directory, path) || !File.Exists(path))
        {
            return (null, $"'{name}' is not in {directory}.");
        }

        var text = ManifestTemplate.Fill(await File.ReadAllTextAsync(path, ct), values);
        var unfilled = ManifestTemplate.Unfilled(text);
        if (unfilled.Count > 0)
        {
            return (null, $"{name} still contains {string.Join(", ", unfilled)} after filling; "
                + $"pack fills only {string.Join(", ", values.Keys.Select(key => "{{" + key + "}}"))}.");
        }

        return ManifestTemplate.JsonError(text) is { } jsonError
            ? (null, $"{name} is not valid JSON after filling: {jsonError}")
            : (text, null);
    }

    private static IEnumerable<string> LocalizationFiles(JsonNode? manifest)
    {
        var localization = manifest?["localizationInfo"];
        if (localization?["defaultLanguageFile"]?.GetValue<string>() is { } defaultFile)
        {
            yield return defaultFile;
        }

        foreach (var language in localization?["additionalLanguages"]?.AsArray() ?? [])
        {
            if (language?["file"]?.GetValue<string>() is { } file)
            {
                yield return file;
            }
        }
    }

    private static IEnumerable<string> IconFiles(JsonNode? manifest) =>
        manifest?["icons"]?.AsObject().Select(icon => icon.Value?.GetValue<string>()).OfType<string>() ?? [];

    private static bool IsInside(string directory, string path) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
