using IntuneSupportBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IntuneSupportBot.Tests.Data;

/// <summary>A real SQLite file in a folder of its own, for tests that write rows at an old migration and migrate them.</summary>
internal sealed class MigrationDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("migration-").FullName;

    /// <summary>A context on the file, brought to <paramref name="migration"/> (by id); the rest is the test's.</summary>
    public async Task<AppDbContext> AtAsync(string migration)
    {
        var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "old.db")}").Options);
        await db.GetService<IMigrator>().MigrateAsync(migration);
        return db;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
