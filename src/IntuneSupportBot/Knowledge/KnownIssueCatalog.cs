using System.Collections.Frozen;
using System.Text.Json;

namespace IntuneSupportBot.Knowledge;

/// <summary>The known-issue catalog, validated as a whole when it is loaded.</summary>
public sealed class KnownIssueCatalog
{
    /// <summary>Where the app finds the catalog: next to the executable, copied there by the build.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Knowledge", "known-issues.json");

    private readonly FrozenDictionary<string, KnownIssue> byId;

    public KnownIssueCatalog(IReadOnlyList<KnownIssue> issues)
    {
        Issues = issues;
        byId = issues.ToFrozenDictionary(issue => issue.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<KnownIssue> Issues { get; }

    public KnownIssue? Find(string id) => byId.GetValueOrDefault(id);

    public static KnownIssueCatalog LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static KnownIssueCatalog Load(Stream stream)
    {
        KnownIssueFile? file;
        try
        {
            file = JsonSerializer.Deserialize(stream, KnowledgeJsonContext.Default.KnownIssueFile);
        }
        catch (JsonException e)
        {
            throw new KnownIssueCatalogException($"The known-issue catalog is not valid JSON at {e.Path} (line {e.LineNumber + 1}).", e);
        }

        if (file?.Issues is not { Count: > 0 } entries)
        {
            throw new KnownIssueCatalogException("The known-issue catalog has no \"issues\".");
        }

        var issues = new List<KnownIssue>(entries.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < entries.Count; index++)
        {
            var issue = KnownIssueValidator.ToKnownIssue(entries[index], index);
            if (!seen.Add(issue.Id))
            {
                throw new KnownIssueCatalogException($"Known issue '{issue.Id}' (entry {index}) appears twice.");
            }

            issues.Add(issue);
        }

        return new KnownIssueCatalog(issues);
    }
}
