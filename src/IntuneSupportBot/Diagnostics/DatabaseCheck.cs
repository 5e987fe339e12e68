using IntuneSupportBot.Data;
using IntuneSupportBot.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IntuneSupportBot.Diagnostics;

/// <summary>
/// The SQLite database answers and holds every migration (the readiness check's verdict), or, before the first
/// start, start-up will be able to create it where the connection string says.
/// </summary>
internal sealed class DatabaseCheck(IOptions<DatabaseOptions> options, IDbContextFactory<AppDbContext> contexts) : IPreflightCheck
{
    private const string Name = "Database";

    private const string PathFix = "point Database:ConnectionString (Data Source=…) at a file in a folder the bot can create and write; on App Service, under /home.";

    private const string MigrateFix = "start the bot once with Database:MigrateOnStart=true, or apply them with 'dotnet ef database update'.";

    public async Task<IReadOnlyList<DoctorCheck>> RunAsync(CancellationToken cancellationToken) => [await CheckAsync(cancellationToken)];

    private async Task<DoctorCheck> CheckAsync(CancellationToken ct)
    {
        var database = options.Value;
        SqliteConnectionStringBuilder connection;
        try
        {
            connection = new SqliteConnectionStringBuilder(database.ConnectionString);
        }
        catch (ArgumentException exception)
        {
            return DoctorCheck.Fail(Name, $"Database:ConnectionString is not a SQLite connection string ({exception.Message}).", PathFix);
        }

        if (connection.Mode == SqliteOpenMode.Memory || connection.DataSource is ":memory:" or "")
        {
            return DoctorCheck.Warn(Name, "the database is in memory: tickets are lost when the bot stops.", PathFix);
        }

        var path = Path.GetFullPath(connection.DataSource);
        if (Directory.Exists(path))
        {
            return DoctorCheck.Fail(Name, $"'{path}' is a folder, not a database file.", PathFix);
        }

        return File.Exists(path) ? await CheckExistingAsync(path, database, ct) : await CheckNewAsync(path, database, ct);
    }

    private async Task<DoctorCheck> CheckNewAsync(string path, DatabaseOptions database, CancellationToken ct)
    {
        if (DatabaseLocation.WhyNotCreatable(path) is { } problem)
        {
            return DoctorCheck.Fail(Name, $"the database '{path}' cannot be created: {problem}", PathFix);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var migrations = db.Database.GetMigrations().ToList();
        return database.MigrateOnStart
            ? DoctorCheck.Ok(Name, $"'{path}' does not exist yet; start-up creates it and applies the migrations {string.Join(", ", migrations)}.")
            : DoctorCheck.Fail(Name, $"'{path}' does not exist and Database:MigrateOnStart is false.", MigrateFix);
    }

    private async Task<DoctorCheck> CheckExistingAsync(string path, DatabaseOptions database, CancellationToken ct)
    {
        if (DatabaseLocation.WhyNotWritable(Path.GetDirectoryName(path)!) is { } problem)
        {
            return DoctorCheck.Fail(Name, $"the database '{path}' exists but {problem}", PathFix);
        }

        var (applied, unreadable) = await SqliteFile.ReadMigrationsAsync(path, ct);
        if (applied is null)
        {
            return DoctorCheck.Fail(Name, $"'{path}' cannot be read as a SQLite database: {unreadable}",
                "Database:ConnectionString must name a SQLite database file (or a path where none exists yet); move the other file away or choose another path.");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var pending = db.Database.GetMigrations().Where(migration => !applied.Contains(migration)).ToList();
        if (pending.Count > 0)
        {
            var lacks = $"'{path}' lacks migrations: {string.Join(", ", pending)}.";
            return database.MigrateOnStart
                ? DoctorCheck.Warn(Name, lacks + " Start-up applies them (Database:MigrateOnStart is true).", "start (or restart) the bot: it migrates before it serves requests.")
                : DoctorCheck.Fail(Name, lacks, MigrateFix);
        }

        // The readiness probe's own verdict, so doctor and /readyz agree on a migrated database.
        var health = await new DatabaseHealthCheck(contexts).CheckHealthAsync(new HealthCheckContext(), ct);
        return health.Status == HealthStatus.Healthy
            ? DoctorCheck.Ok(Name, $"'{path}' is reachable and migrated.")
            : DoctorCheck.Fail(Name, $"'{path}': {health.Description}" + (health.Exception is { } exception ? $" {Failures.Innermost(exception).Message}" : ""), PathFix);
    }
}
