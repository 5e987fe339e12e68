namespace IntuneSupportBot.Tests.Deployment;

/// <summary>Folders of the checked-out repository, found from the test binaries by walking up to the solution.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Manifest => Path.Combine(Root, "manifest");

    public static string Infra => Path.Combine(Root, "infra");

    public static string TeamsSchemas => Path.Combine(Root, "tests", "IntuneSupportBot.Tests", "TestData", "schemas", "teams-v1.24");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IntuneSupportBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No IntuneSupportBot.sln above {AppContext.BaseDirectory}.");
    }
}
