using Dapper;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace IntuneSupportBot.Data;

/// <summary>
/// Plain SQL through Dapper on a context's connection, in its transaction when it has one: for the few statements
/// every card press runs while other writers wait, where EF Core's own work costs more than the statement. Text
/// uses double-quoted names and @parameters, which SQLite and PostgreSQL read alike.
/// </summary>
public static class DirectSql
{
    public static Task<int> ExecuteAsync(AppDbContext db, string sql, object values, CancellationToken ct) =>
        db.Database.GetDbConnection().ExecuteAsync(Command(db, sql, values, ct));

    private static CommandDefinition Command(AppDbContext db, string sql, object values, CancellationToken ct) =>
        new(sql, values, db.Database.CurrentTransaction?.GetDbTransaction(), cancellationToken: ct);
}
