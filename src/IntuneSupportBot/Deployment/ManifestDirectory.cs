namespace IntuneSupportBot.Deployment;

/// <summary>Finds the manifest/ folder the way an operator expects: here, or at the repository root.</summary>
internal static class ManifestDirectory
{
    private const string FolderName = "manifest";
    private const string SolutionFile = "IntuneSupportBot.sln";

    /// <summary>The folder holding manifest.json, or null when neither the start folder nor the repository has one.</summary>
    public static string? Find(string startDirectory)
    {
        var here = Path.Combine(startDirectory, FolderName);
        if (HasManifest(here))
        {
            return here;
        }

        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                var candidate = Path.Combine(directory.FullName, FolderName);
                return HasManifest(candidate) ? candidate : null;
            }
        }

        return null;
    }

    public static bool HasManifest(string directory) => File.Exists(Path.Combine(directory, AppPackage.ManifestFileName));
}
