using System.Text.Json.Serialization;
using IntuneSupportBot.BotFramework.Dialogs;
using IntuneSupportBot.BotFramework.Schema;
using IntuneSupportBot.BotFramework.State;
using IntuneSupportBot.BotFramework.Testing;
using IntuneSupportBot.BotFramework.Turns;

namespace IntuneSupportBot.BotFramework.Tests.Dialogs;

/// <summary>Transcripts through the in-memory adapter: the user says X, the bot answers Y.</summary>
public sealed class WaterfallTranscriptTests
{
    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task Steps_run_in_order_and_carry_a_typed_record_to_the_end()
    {
        var (adapter, bot) = Build();

        Assert.Equal("Which platform?", Text(await adapter.SendAsync(bot, "hi")));
        Assert.Equal("How many people?", Text(await adapter.SendAsync(bot, "iOS")));
        Assert.Equal("File it?", Text(await adapter.SendAsync(bot, "12명")));
        Assert.Equal("done: ios, 12, True", Text(await adapter.SendAsync(bot, "네")));
        Assert.Equal("Which platform?", Text(await adapter.SendAsync(bot, "again")));
    }

    [Fact]
    public async Task A_choice_is_recognized_by_its_number_and_offered_as_buttons()
    {
        var (adapter, bot) = Build();

        var prompt = Assert.Single(await adapter.SendAsync(bot, "hi"));
        Assert.Equal(["Windows", "iOS", "Android"], prompt.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal("How many people?", Text(await adapter.SendAsync(bot, "2")));
    }

    [Fact]
    public async Task An_invalid_answer_is_asked_again_then_the_prompt_gives_up_gracefully()
    {
        var (adapter, bot) = Build();
        await adapter.SendAsync(bot, "hi");

        Assert.Equal("Please pick Windows, iOS or Android.", Text(await adapter.SendAsync(bot, "my fridge")));
        Assert.Equal("Please pick Windows, iOS or Android.", Text(await adapter.SendAsync(bot, "toaster")));
        Assert.Equal("Let's skip that: unknown", Text(await adapter.SendAsync(bot, "???")).Split('\n')[0]);
    }

    [Fact]
    public async Task The_dialog_survives_a_new_adapter_on_the_same_storage()
    {
        var (adapter, bot) = Build();
        await adapter.SendAsync(bot, "hi");
        await adapter.SendAsync(bot, "Windows");

        var (restarted, botAfterRestart) = Build();

        Assert.Equal("File it?", Text(await restarted.SendAsync(botAfterRestart, "3")));
    }

    private (TestAdapter Adapter, IBot Bot) Build()
    {
        var conversationState = new ConversationState(_storage);
        var adapter = new TestAdapter([new AutoSaveStateMiddleware(conversationState)]);
        return (adapter, new SampleBot(conversationState));
    }

    private static string Text(IReadOnlyList<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    private sealed class SampleBot(ConversationState conversationState) : IBot
    {
        private readonly DialogSet _dialogs = new DialogSet(conversationState)
            .Add(new ChoicePrompt("choice"))
            .Add(new NumberPrompt("number"))
            .Add(new ConfirmPrompt("confirm"))
            .Add(new WaterfallDialog<Report>("report", SampleJson.Default.Report, _ => new Report(null, 0, false),
            [
                (step, ct) => step.PromptAsync("choice", new PromptOptions
                {
                    Prompt = new Activity { Text = "Which platform?" },
                    RetryPrompt = new Activity { Text = "Please pick Windows, iOS or Android." },
                    Choices = [new("windows", "Windows"), new("ios", "iOS", ["iphone", "ipad"]), new("android", "Android")],
                }, ct),
                async (step, ct) =>
                {
                    var platform = (PromptResult<string>)step.Result!;
                    step.Values = step.Values with { Platform = platform.Succeeded ? platform.Value : "unknown" };
                    if (!platform.Succeeded)
                    {
                        await step.Context.SendActivityAsync("Let's skip that: unknown", ct);
                    }
                    return await step.PromptAsync("number", new PromptOptions { Prompt = new Activity { Text = "How many people?" } }, ct);
                },
                async (step, ct) =>
                {
                    step.Values = step.Values with { People = ((PromptResult<int>)step.Result!).Value };
                    return await step.PromptAsync("confirm", new PromptOptions { Prompt = new Activity { Text = "File it?" } }, ct);
                },
                async (step, ct) =>
                {
                    step.Values = step.Values with { Confirmed = ((PromptResult<bool>)step.Result!).Value };
                    await step.Context.SendActivityAsync($"done: {step.Values.Platform}, {step.Values.People}, {step.Values.Confirmed}", ct);
                    return await step.EndDialogAsync(step.Values, ct);
                },
            ]));

        public async Task OnTurnAsync(TurnContext turnContext, CancellationToken ct)
        {
            var dc = await _dialogs.CreateContextAsync(turnContext, ct);
            var result = await dc.ContinueDialogAsync(ct);
            if (result.Status == DialogTurnStatus.Empty)
            {
                await dc.BeginDialogAsync("report", null, ct);
            }
        }
    }
}

public sealed record Report(string? Platform, int People, bool Confirmed);

[JsonSerializable(typeof(Report))]
internal sealed partial class SampleJson : JsonSerializerContext;
