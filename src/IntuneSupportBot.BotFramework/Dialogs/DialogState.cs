using System.Text.Json.Nodes;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>The dialog stack as stored in conversation state; the top is the last entry.</summary>
public sealed record DialogState
{
    public List<DialogInstance> Stack { get; init; } = [];
}

/// <summary>One running dialog: which dialog, and its own state document.</summary>
public sealed record DialogInstance(string Id, JsonObject State);
