using Microsoft.Playwright;

namespace IntuneSupportBot.Tests.Playground;

/// <summary>A tier channel's pane of the playground page: who it acts as, and the ticket cards posted in it.</summary>
public sealed class ChannelPane(IPage page, string channelId)
{
    public ILocator Element => page.Locator($"[data-channel-id='{channelId}']");

    public Task ActAsAsync(string agentObjectId) => Element.Locator("select.agent-picker").SelectOptionAsync(agentObjectId);

    /// <summary>The post holding the ticket's card (its title reads "Ticket INT-…").</summary>
    public ILocator Card(string ticketId) => Element.Locator(".post").Filter(new() { HasText = $"Ticket {ticketId}" });

    public ILocator Button(string ticketId, string name) =>
        Card(ticketId).GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
}
