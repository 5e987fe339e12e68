using Microsoft.Extensions.Logging;

namespace IntuneSupportBot.Teams;

/// <summary>The dispatcher's and the clean-up's log lines: ids, kinds, status codes, counts; never the message content.</summary>
internal static partial class OutboxLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox dispatcher is disabled (Outbox:Enabled=false); messages stay queued")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox message {MessageId} ({Kind}) for {ItemKey} sent")]
    public static partial void Sent(ILogger logger, long messageId, OutboxMessageKind kind, string itemKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Kind}) for {ItemKey} will be tried again at {NextAttemptAt} after attempt {Attempts}: {Error}")]
    public static partial void Rescheduled(ILogger logger, long messageId, OutboxMessageKind kind, string itemKey, int attempts, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Kind}) for {ItemKey} failed for good after attempt {Attempts}: {Error}")]
    public static partial void Failed(ILogger logger, long messageId, OutboxMessageKind kind, string itemKey, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Kind}) for {ItemKey} may or may not have reached Teams and is not sent again: {Error}")]
    public static partial void Uncertain(ILogger logger, long messageId, OutboxMessageKind kind, string itemKey, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outcome of outbox message {MessageId} could not be recorded; it stays 'Sending' until the next start settles it")]
    public static partial void RecordFailed(ILogger logger, long messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatcher could not read or update the outbox; trying again at the next poll")]
    public static partial void LoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox clean-up deleted {Sent} sent and {FailedOrUncertain} failed or uncertain messages past their keeping time")]
    public static partial void CleanedUp(ILogger logger, int sent, int failedOrUncertain);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox clean-up failed; trying again in {Interval}")]
    public static partial void CleanupFailed(ILogger logger, TimeSpan interval, Exception exception);
}
