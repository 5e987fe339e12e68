using Microsoft.Extensions.Configuration;

namespace IntuneSupportBot.Tests.Graph;

/// <summary>The operator's appsettings.json as shipped (its "Directory" section is the local demo tenant), plus per-test overrides.</summary>
internal static class SampleDirectoryConfiguration
{
    public const string Minjun = "caeb94d1-4baa-4a50-b4c3-1893177b53cc";
    public const string DanaPark = "c14ce0b1-eb48-47ec-a872-f2da9c9bb3fe";
    public const string Haeun = "4b3b12b6-74bf-4ffb-bc0a-ab0efc3124f6";
    public const string Jiwoo = "cb4e7bf0-c2b6-4e75-8fdb-490771f49186";
    public const string Seoyeon = "dd6992c5-3d62-4297-a876-9b3e04c0642a";
    public const string JordanKim = "b73ac4a6-569c-4f9e-94cc-feda782e9f2d";
    public const string Doyun = "8b3641d0-f4a1-4624-b0f0-1e9bcc21c6ca";

    public static IConfiguration Load(IDictionary<string, string?>? overrides = null)
    {
        return new ConfigurationBuilder()
            .AddJsonFile(FindSettings())
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
    }

    private static string FindSettings()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var sample = Path.Combine(folder.FullName, "appsettings.json");
            if (File.Exists(sample) && File.Exists(Path.Combine(folder.FullName, "IntuneSupportBot.sln")))
            {
                return sample;
            }
        }

        throw new FileNotFoundException("The repository's appsettings.json was not found above the test output folder.");
    }
}
