using System.Globalization;

namespace LoadDriver;

public enum ScenarioKind
{
    Echo,
    Intake,
    Bare,

    /// <summary>Agents pressing Claim and Unassign on their own ticket's card: an invoke answered in the HTTP response.</summary>
    Claim,
}

/// <summary>One user message of a scenario and what counts as the bot's complete answer to it.</summary>
public sealed record UserMessage(string Text, int ExpectedReplies, string? ExpectedFragment);

/// <summary>The conversations each virtual user holds, message by message.</summary>
public static class Scenarios
{
    // The peer README's intake: each message answers the prompt the bot sent for the previous one.
    private static readonly string[] IntakeMessages = ["my laptop won't enroll", "Windows", "0x80180014", "Just me", "yes"];

    /// <summary>The intake's messages in order; the claim scenario files its tickets with them.</summary>
    public static IReadOnlyList<string> Intake => IntakeMessages;

    public static int StepCount(ScenarioKind kind) => kind == ScenarioKind.Intake ? IntakeMessages.Length : 1;

    /// <summary>True when the conversation is over after <paramref name="step"/> and the next one starts with a fresh id.</summary>
    public static bool EndsConversation(ScenarioKind kind, int step) =>
        kind == ScenarioKind.Intake && step == IntakeMessages.Length - 1;

    public static UserMessage Message(DriverOptions options, int step, long sequence)
    {
        if (options.Scenario == ScenarioKind.Intake)
        {
            return new UserMessage(IntakeMessages[step], options.RepliesPerStep[step], options.ExpectedPerStep?[step]);
        }

        // A number per turn lets the driver check that the reply answers this turn, not an earlier one.
        var payload = string.Create(CultureInfo.InvariantCulture, $"hello {sequence}");
        return new UserMessage("echo " + payload, options.RepliesPerStep[0], payload);
    }
}
