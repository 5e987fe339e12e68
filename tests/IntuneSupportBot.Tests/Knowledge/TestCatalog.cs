using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Tests.Knowledge;

/// <summary>
/// The tests' own small catalog (real entries of the shared source, reshaped in the agreed format), so that tests
/// do not move when the app's catalog grows.
/// </summary>
internal static class TestCatalog
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Knowledge", "test-known-issues.json");

    public static KnownIssueCatalog Load() => KnownIssueCatalog.LoadFile(Path);

    public static KnownIssueMatcher Matcher() => new(Load());
}
