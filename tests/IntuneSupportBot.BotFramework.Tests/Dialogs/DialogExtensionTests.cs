using System.Text.Json.Serialization;
using IntuneSupportBot.BotFramework.Dialogs;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.State;
using IntuneSupportBot.BotFramework.Testing;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.Tests.Dialogs;

/// <summary>A dialog that loops by replacing itself, prompts that let an answer to another question through, files or skip.</summary>
public sealed class DialogExtensionTests
{
    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task A_dialog_that_replaces_itself_loops_without_growing_the_stack()
    {
        var (adapter, bot) = Build();

        Assert.Equal("Colour 1?", Text(await adapter.SendAsync(bot, "hi")));
        Assert.Equal("Colour 2?", Text(await adapter.SendAsync(bot, "red")));
        Assert.Equal("Colour 3?", Text(await adapter.SendAsync(bot, "blue")));
        Assert.Equal(2, bot.StackDepth);
        Assert.Equal(["red", "blue"], bot.Values!.Colours);
    }

    [Fact]
    public async Task An_answer_the_prompt_cannot_use_but_the_dialog_can_ends_the_prompt_as_sidestepped()
    {
        var (adapter, bot) = Build();
        await adapter.SendAsync(bot, "hi");

        Assert.Equal("Sidestepped with 'size 7'.\nColour 1?", Text(await adapter.SendAsync(bot, "size 7")));
        Assert.Equal("Pick red or blue.", Text(await adapter.SendAsync(bot, "green")));
    }

    [Fact]
    public async Task An_attachment_prompt_with_a_skip_choice_ends_with_no_files_and_shows_the_button()
    {
        var (adapter, bot) = Build(files: true);

        var prompt = Assert.Single(await adapter.SendAsync(bot, "hi"));
        Assert.Equal(["Skip"], prompt.SuggestedActions!.Actions.Select(action => action.Title));
        Assert.Equal("files: 0", Text(await adapter.SendAsync(bot, "skip")));
    }

    [Fact]
    public async Task An_attachment_prompt_returns_the_files_and_ignores_the_html_copy_teams_adds()
    {
        var (adapter, bot) = Build(files: true);
        await adapter.SendAsync(bot, "hi");

        var replies = await adapter.SendAsync(bot, new Activity
        {
            Attachments = [new Attachment { ContentType = "text/html", Content = default }, new Attachment { ContentType = "image/png", ContentUrl = "https://files.example/a.png", Name = "a.png" }],
        });

        Assert.Equal("files: 1", Text(replies));
    }

    private (TestAdapter Adapter, LoopBot Bot) Build(bool files = false)
    {
        var conversationState = new ConversationState(_storage);
        return (new TestAdapter([new AutoSaveStateMiddleware(conversationState)]), new LoopBot(conversationState, files));
    }

    private static string Text(IReadOnlyList<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    private sealed class LoopBot : IBot
    {
        private readonly DialogSet _dialogs;
        private readonly WaterfallDialog<Picked> _loop;
        private readonly bool _files;

        public LoopBot(ConversationState conversationState, bool files)
        {
            _files = files;
            _loop = new WaterfallDialog<Picked>("loop", LoopJson.Default.Picked, options => (Picked?)options ?? new Picked([]), [AskAsync, TakeAsync]);
            _dialogs = new DialogSet(conversationState)
                .Add(_loop)
                .Add(new ChoicePrompt("colour") { Sidestep = (dc, _) => Task.FromResult(dc.Context.Activity.Text?.StartsWith("size", StringComparison.Ordinal) == true) })
                .Add(new AttachmentPrompt("files"));
        }

        public int StackDepth { get; private set; }

        public Picked? Values { get; private set; }

        public async Task OnTurnAsync(TurnContext turnContext, CancellationToken ct)
        {
            var dc = await _dialogs.CreateContextAsync(turnContext, ct);
            if ((await dc.ContinueDialogAsync(ct)).Status == DialogTurnStatus.Empty)
            {
                await dc.BeginDialogAsync("loop", null, ct);
            }
            StackDepth = dc.Stack.Count;
            Values = dc.Stack.Count > 0 ? _loop.ValuesOf(dc.Stack[0]) : null;
        }

        private Task<DialogTurnResult> AskAsync(WaterfallStepContext<Picked> step, CancellationToken ct) =>
            _files
                ? step.PromptAsync("files", new PromptOptions { Prompt = new Activity { Text = "A screenshot?" }, Choices = [new("skip", "Skip")] }, ct)
                : step.PromptAsync("colour", new PromptOptions
                {
                    Prompt = new Activity { Text = $"Colour {step.Values.Colours.Count + 1}?" },
                    RetryPrompt = new Activity { Text = "Pick red or blue." },
                    Choices = [new("red", "Red"), new("blue", "Blue")],
                }, ct);

        private async Task<DialogTurnResult> TakeAsync(WaterfallStepContext<Picked> step, CancellationToken ct)
        {
            switch (step.Result)
            {
                case PromptResult<IReadOnlyList<Attachment>> { Succeeded: true, Value: var files }:
                    await step.Context.SendActivityAsync($"files: {files!.Count}", ct);
                    return await step.EndDialogAsync(null, ct);
                case PromptResult<string> { Sidestepped: true }:
                    await step.Context.SendActivityAsync($"Sidestepped with '{step.Context.Activity.Text}'.", ct);
                    return await step.ReplaceDialogAsync("loop", step.Values, ct);
                case PromptResult<string> { Succeeded: true, Value: var colour }:
                    return await step.ReplaceDialogAsync("loop", new Picked([.. step.Values.Colours, colour!]), ct);
                default:
                    return await step.EndDialogAsync(null, ct);
            }
        }
    }
}

public sealed record Picked(IReadOnlyList<string> Colours);

[JsonSerializable(typeof(Picked))]
internal sealed partial class LoopJson : JsonSerializerContext;
