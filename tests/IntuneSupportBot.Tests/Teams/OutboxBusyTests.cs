using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntuneSupportBot.Tests.Teams;

public sealed class OutboxBusyTests
{
    [Fact]
    public async Task With_every_send_slot_taken_the_dispatcher_waits_for_a_send_to_finish_instead_of_asking_the_database_again_and_again()
    {
        await using var bed = await OutboxTestBed.StartAsync(new Dictionary<string, string?> { ["Outbox:MaxParallelThreads"] = "2" });
        bed.Connector.ResponseDelay = TimeSpan.FromSeconds(3);
        await bed.CommitAsync(async (db, teams) =>
        {
            foreach (var n in Enumerable.Range(1, 4))
            {
                await teams.PostCardToChannelAsync(db, $"ticket/INT-{n}", $"ticket/INT-{n}/tier1", bed.Channel($"tier1-{n}"), OutboxTestBed.Card("v1"), $"INT-{n}",
                    alert: false, default);
            }
        });
        await bed.Connector.WaitForAsync(2, TimeSpan.FromSeconds(10));

        using var commands = new DatabaseCommands(bed.DatabasePath);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var whileBusy = commands.Count;
        await bed.SettledAsync(TimeSpan.FromSeconds(30));

        Assert.InRange(whileBusy, 0, 5);
        Assert.Equal(4, bed.Connector.Requests.Count);
    }

    /// <summary>Counts the commands EF Core runs on one database file, whichever test host runs them.</summary>
    private sealed class DatabaseCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _file;
        private readonly IDisposable _listeners;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public DatabaseCommands(string file)
        {
            _file = file;
            _listeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData { Command.Connection: DbConnection connection }
                && Path.GetFullPath(connection.DataSource) == Path.GetFullPath(_file))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _listeners.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
