namespace IntuneSupportBot.BotFramework.Dialogs;

/// <summary>A step of a conversation that may span several turns; its state lives on the dialog stack.</summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken ct);

    /// <summary>The user answered while this dialog was on top of the stack.</summary>
    public abstract Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken ct);

    /// <summary>A child dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken ct) =>
        dc.EndDialogAsync(result, ct);
}

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user.</summary>
    Waiting,

    /// <summary>The last dialog ended, with a result.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}

public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);
}
