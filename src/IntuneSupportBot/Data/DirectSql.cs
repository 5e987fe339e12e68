using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace IntuneSupportBot.Data;

/// <summary>
/// Plain SQL on a context's connection, in its transaction when it has one: for the few statements every card press
/// runs while other writers wait, where EF Core's own work costs more than the statement. While a connection stays
/// open each statement is prepared once and afterwards only bound and run again: the group commit's writer keeps its
/// connection open, so SQLite no longer parses and plans these statements for every press. Text uses double-quoted
/// names and @parameters, which SQLite and PostgreSQL read alike.
/// </summary>
public static class DirectSql
{
    private const string Prefix = "@";

    // Per open connection; dropped when it closes, which also disposes the commands' prepared statements.
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Prepared = [];

    /// <summary>Runs <paramref name="sql"/> with the named values (null is SQL NULL); the number of rows it changed.</summary>
    public static async Task<int> ExecuteAsync(AppDbContext db, string sql, CancellationToken ct, params (string Name, object? Value)[] values)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await using var once = connection.CreateCommand();
            once.CommandText = sql;
            Bind(once, values);
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                return await once.ExecuteNonQueryAsync(ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        var command = PreparedCommand(connection, sql);
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        Bind(command, values);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand PreparedCommand(DbConnection connection, string sql)
    {
        if (!Prepared.TryGetValue(connection, out var commands))
        {
            commands = [];
            Prepared.Add(connection, commands);
            connection.StateChange += Forget;
        }
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands.Add(sql, command);
        }
        return command;
    }

    private static void Forget(object? sender, StateChangeEventArgs change)
    {
        if (sender is DbConnection connection && change.CurrentState != ConnectionState.Open)
        {
            connection.StateChange -= Forget;
            Prepared.Remove(connection);
        }
    }

    /// <summary>
    /// Sets the values on the command's parameters, adding them the first time (a statement is always given the same
    /// names in the same order). Named as written in the text, with the @: Microsoft.Data.Sqlite looks a bare name up
    /// under every prefix it knows, one search of the statement's parameters each.
    /// </summary>
    private static void Bind(DbCommand command, (string Name, object? Value)[] values)
    {
        var parameters = command.Parameters;
        if (parameters.Count != values.Length || !SameNames(parameters, values))
        {
            parameters.Clear();
            foreach (var (name, _) in values)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = Prefix + name;
                parameters.Add(parameter);
            }
        }
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i].Value ?? DBNull.Value;
        }
    }

    private static bool SameNames(DbParameterCollection parameters, (string Name, object? Value)[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var name = parameters[i].ParameterName;
            if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.AsSpan(Prefix.Length).SequenceEqual(values[i].Name))
            {
                return false;
            }
        }
        return true;
    }
}
