using IntuneSupportBot.Tests.Hosting;
using IntuneSupportBot.Testing;
using IntuneSupportBot.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace IntuneSupportBot.Tests.Conversations;

/// <summary>The real app in local mode with its own SQLite file, and a connector stub for its replies; one per test.</summary>
public abstract class ChatHost : IAsyncLifetime
{
    protected TestBotHost Bot { get; private set; } = null!;

    protected ConnectorStub Connector { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await ConnectorStub.StartAsync();
        Bot = await TestBotHost.StartAsync(new Dictionary<string, string?> { ["Diagnostics:Echo"] = "false" });
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }

    protected Chat English(string aadObjectId = Chat.UnknownUser) => new(Bot, Connector, "en-US", aadObjectId);

    protected Chat Korean(string aadObjectId = Chat.UnknownUser) => new(Bot, Connector, "ko-KR", aadObjectId);

    /// <summary>The tickets filed for a requester, newest first, as the ticket store has them.</summary>
    protected Task<IReadOnlyList<Ticket>> TicketsOf(string aadObjectId = Chat.UnknownUser) =>
        Bot.Services.GetRequiredService<TicketStore>().ForRequesterAsync(aadObjectId, openOnly: false, CancellationToken.None);
}
