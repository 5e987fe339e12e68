namespace IntuneSupportBot.Diagnostics;

/// <summary>Whether a SQLite file can be created, and written next to, at a path: asked of the file system, not guessed.</summary>
internal static class DatabaseLocation
{
    /// <summary>Why start-up could not create <paramref name="filePath"/> (and its folders), or null if it can.</summary>
    public static string? WhyNotCreatable(string filePath)
    {
        var folder = Path.GetDirectoryName(filePath) ?? filePath;
        var existing = folder;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                return $"'{existing}' is a file, so the folder '{folder}' cannot be created.";
            }

            existing = Path.GetDirectoryName(existing);
            if (existing is null)
            {
                return $"no part of the folder '{folder}' exists.";
            }
        }

        return WhyNotWritable(existing);
    }

    /// <summary>SQLite writes its journal beside the database, so the folder must take new files.</summary>
    public static string? WhyNotWritable(string folder)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(folder, $".doctor-{Guid.NewGuid():N}.tmp"),
                FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"the folder '{folder}' is not writable by this user ({exception.Message}).";
        }
    }
}
