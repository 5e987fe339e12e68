using IntuneSupportBot.BotFramework.Schema;

namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>What a prompt says, what it says again after an answer it cannot use, and how often it tries.</summary>
public sealed record PromptOptions
{
    public required Activity Prompt { get; init; }

    public Activity? RetryPrompt { get; init; }

    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>Answers accepted before the prompt gives up and returns a failed <see cref="PromptResult{T}"/>.</summary>
    public int MaxAttempts { get; init; } = 3;
}

/// <summary>One option of a choice prompt; recognized by its value, title, synonyms or its number in the list.</summary>
public sealed record Choice(string Value, string Title, IReadOnlyList<string>? Synonyms = null);

/// <summary>
/// A prompt's outcome: the value, or <see cref="Succeeded"/> false when the user ran out of attempts or
/// <see cref="Sidestepped"/> the question with an answer to something else (see <see cref="PromptSidestep"/>).
/// </summary>
public sealed record PromptResult<T>(bool Succeeded, T? Value, bool Sidestepped = false)
{
    public static PromptResult<T> Success(T value) => new(true, value);

    public static readonly PromptResult<T> GaveUp = new(false, default);

    public static readonly PromptResult<T> Sidestep = new(false, default, Sidestepped: true);
}

/// <summary>
/// Decides whether an answer the prompt cannot use still tells the dialog something it wants (the user answered
/// another question than the one asked). When it does, the prompt ends at once with
/// <see cref="PromptResult{T}.Sidestep"/> instead of asking again, and the dialog reads the message itself.
/// </summary>
public delegate Task<bool> PromptSidestep(DialogContext dc, CancellationToken ct);

/// <summary>The stored state of a running prompt.</summary>
public sealed record PromptState(PromptOptions Options, int Attempts);

public sealed record PromptValidatorContext<T>(Turns.TurnContext Context, T Value, int Attempt);

/// <summary>An extra rule on a recognized answer (a date not in the future, a number in range…).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken ct);
