namespace IntuneSupportBot.Deployment;

/// <summary>
/// <c>pack</c>: builds the Teams app package (app.zip) from manifest/ with the deployment's app id and host filled in.
/// Exit codes: 0 written, 2 refused (bad argument, missing file or a placeholder left unfilled).
/// </summary>
public static class PackCommand
{
    public const int Refused = 2;

    /// <summary>Runs the command; <paramref name="args"/> may start with the word <c>pack</c> itself.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var options = args is ["pack", .. var rest] ? rest : args;
        if (options is ["--help"] or ["-h"])
        {
            await output.WriteLineAsync(PackArguments.Usage.AsMemory(), ct);
            return 0;
        }

        if (!PackArguments.TryParse(options, out var arguments, out var problem))
        {
            return await RefuseAsync(error, problem + Environment.NewLine + PackArguments.Usage, ct);
        }

        var manifestDirectory = arguments!.ManifestDirectory ?? ManifestDirectory.Find(Environment.CurrentDirectory);
        if (manifestDirectory is null || !ManifestDirectory.HasManifest(manifestDirectory))
        {
            return await RefuseAsync(error, $"No manifest.json found in {manifestDirectory ?? "./manifest or the repository's manifest/"}; pass --manifest-dir.", ct);
        }

        var (package, loadError) = await AppPackage.LoadAsync(manifestDirectory, ManifestTemplate.Values(arguments), ct);
        if (package is null)
        {
            return await RefuseAsync(error, loadError!, ct);
        }

        await package.WriteAsync(arguments.OutputPath, ct);
        var written = $"Wrote {Path.GetFullPath(arguments.OutputPath)} (version {arguments.Version}, bot {arguments.AppId:D}, "
            + $"domain {arguments.Domain}): {string.Join(", ", package.Files.Select(file => file.Name))}.";
        await output.WriteLineAsync(written.AsMemory(), ct);
        await output.WriteLineAsync("Upload it in the Teams admin center: Teams apps > Manage apps > Upload new app.".AsMemory(), ct);
        return 0;
    }

    private static async Task<int> RefuseAsync(TextWriter error, string message, CancellationToken ct)
    {
        await error.WriteLineAsync(("pack: " + message).AsMemory(), ct);
        return Refused;
    }
}
