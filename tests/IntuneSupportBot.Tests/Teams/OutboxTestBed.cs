using System.Text.Json;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.Data;
using IntuneSupportBot.Teams;
using IntuneSupportBot.Testing;
using IntuneSupportBot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Tests.Teams;

/// <summary>
/// The real host on a SQLite file the test owns (so a second host can open it after the first is gone) and the Bot
/// Connector stub. Writes go through a transaction, the way a domain store commits a change with its messages.
/// </summary>
public sealed class OutboxTestBed : IAsyncDisposable
{
    public const string TenantId = TeamsActivities.TenantId;

    private readonly string _folder = Directory.CreateTempSubdirectory("outbox-").FullName;
    private readonly Dictionary<string, string?> _settings;

    private OutboxTestBed(ConnectorStub connector, Dictionary<string, string?> settings)
    {
        Connector = connector;
        _settings = settings;
        _settings["Database:ConnectionString"] = $"Data Source={DatabasePath}";
    }

    public string DatabasePath => Path.Combine(_folder, "outbox.db");

    public ConnectorStub Connector { get; }

    public TestBotHost Host { get; private set; } = null!;

    public TeamsMessenger Messenger => Host.Services.GetRequiredService<TeamsMessenger>();

    /// <summary>The card text each copy shows now, drawn when a refresh is sent (the bed's items are not tickets).</summary>
    public CopyBoard Board { get; } = new();

    public Outbox Outbox => Host.Services.GetRequiredService<Outbox>();

    /// <summary>
    /// Starts the stub and a host. The client's own retries are cut to one and the dispatcher's backoff to a second
    /// so that retry paths run in test time.
    /// </summary>
    public static async Task<OutboxTestBed> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Bot:Connector:MaxRetryAttempts"] = "1",
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.200",
            ["Outbox:BackoffBase"] = "00:00:01",
            ["Outbox:PollInterval"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var bed = new OutboxTestBed(await ConnectorStub.StartAsync(), all);
        bed.Host = await bed.StartHostAsync();
        return bed;
    }

    public TeamsChannelAddress Channel(string name) => new(null, $"19:{name}@thread.tacv2", TenantId, Connector.ServiceUrl);

    /// <summary>Stops the host and starts a new one on the same database file (a process restart).</summary>
    public async Task RestartAsync(bool dispatcherEnabled = true)
    {
        await Host.DisposeAsync();
        _settings["Outbox:Enabled"] = dispatcherEnabled ? "true" : "false";
        Host = await StartHostAsync();
    }

    private Task<TestBotHost> StartHostAsync() =>
        TestBotHost.StartAsync(_settings, replaceServices: services => services.AddSingleton<ICopyCards>(Board));

    /// <summary>Runs <paramref name="change"/> in one transaction and commits it.</summary>
    public async Task CommitAsync(Func<AppDbContext, TeamsMessenger, Task> change)
    {
        var gate = Host.Services.GetRequiredService<DatabaseWriteGate>();
        using var _ = await gate.EnterAsync(CancellationToken.None);
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await change(db, Messenger);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    public async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public Task<List<OutboxMessage>> MessagesAsync() => ReadAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    public Task<CardCopy?> CopyAsync(string copyKey) => ReadAsync(db => db.CardCopies.AsNoTracking().SingleOrDefaultAsync(c => c.CopyKey == copyKey));

    /// <summary>Waits until every outbox message has left Pending/Sending, then returns them all.</summary>
    public async Task<List<OutboxMessage>> SettledAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var messages = await MessagesAsync();
            if (messages.All(m => m.State is not (OutboxState.Pending or OutboxState.Sending)))
            {
                return messages;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException("Outbox not settled: " + string.Join(", ", messages.Select(m => $"{m.Id} {m.Kind} {m.State} {m.LastError}")));
            }

            await Task.Delay(50);
        }
    }

    public static Attachment Card(string text) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = JsonDocument.Parse($$"""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"{{text}}"}]}""").RootElement.Clone(),
    };

    /// <summary>The text of the card an outbound activity carries.</summary>
    public static string? CardText(Activity? activity) =>
        activity?.Attachments?[0].Content?.GetProperty("body")[0].GetProperty("text").GetString();

    /// <summary>Cards by copy key, as the bed's item owner would draw them.</summary>
    public sealed class CopyBoard : ICopyCards
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

        public void Show(string copyKey, string text) => _texts[copyKey] = text;

        public Task<Attachment?> CurrentCardAsync(CardCopy copy, CancellationToken ct) =>
            Task.FromResult(_texts.TryGetValue(copy.CopyKey, out var text) ? Card(text) : null);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background task; the OS temp folder is cleaned eventually.
        }
    }
}
