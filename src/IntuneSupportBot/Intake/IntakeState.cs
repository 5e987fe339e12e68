using IntuneSupportBot.Knowledge;

namespace IntuneSupportBot.Intake;

/// <summary>
/// The record the intake dialog carries from turn to turn: the report so far and what has been asked. Every text
/// in it has been masked and cleaned already (see <see cref="UserMessage"/>).
/// </summary>
public sealed record IntakeState
{
    public required IntakeReport Report { get; init; }

    public required RequesterSnapshot Requester { get; init; }

    /// <summary>Questions asked and answered or skipped; they are not asked again unless the user edits them.</summary>
    public IReadOnlyList<IntakeQuestion> Settled { get; init; } = [];

    /// <summary>The field the user chose to correct on the summary: asked next, whatever else is known.</summary>
    public IntakeQuestion? Editing { get; init; }

    /// <summary>The question the dialog is waiting on.</summary>
    public IntakeQuestion? Asking { get; init; }

    /// <summary>Answers to <see cref="Asking"/> that answered nothing; the question is skipped at the limit.</summary>
    public int Retries { get; init; }

    /// <summary>The known issue the user picked when the error code had several causes.</summary>
    public string? ChosenIssueId { get; init; }

    /// <summary>The managed device (directory id) the user confirmed or picked.</summary>
    public string? DeviceId { get; init; }

    public IReadOnlyList<KeptAttachment> Attachments { get; init; } = [];

    /// <summary>The user confirmed the summary; what is left is self-help or filing.</summary>
    public bool Confirmed { get; init; }

    /// <summary>Unclear answers to the summary so far; after the first the card is not sent again, only a hint.</summary>
    public int SummaryNudges { get; init; }

    public bool IsSettled(IntakeQuestion question) => Settled.Contains(question);

    public IntakeState Settle(IntakeQuestion question) =>
        this with { Settled = IsSettled(question) ? Settled : [.. Settled, question], Editing = Editing == question ? null : Editing, Retries = 0 };
}

/// <summary>Who reports, and what the directory knew about their devices when the intake started.</summary>
public sealed record RequesterSnapshot(
    string ConversationId,
    string? UserId,
    string? AadObjectId,
    string? Name,
    IReadOnlyList<KnownDevice> Devices,
    RecentFailure? Failure)
{
    public KnownDevice? Device(string? id) => Devices.FirstOrDefault(device => device.Id == id);
}

public sealed record KnownDevice(string Id, string Name, DevicePlatform Platform);

/// <summary>The newest enrollment failure the directory recorded for the user.</summary>
public sealed record RecentFailure(string Id, DateTimeOffset At, string? DeviceId, DevicePlatform Platform, string? Reason);

/// <summary>A file the user sent (a screenshot): kept by name and link, never its content.</summary>
public sealed record KeptAttachment(string Name, string? ContentUrl, string ContentType);
