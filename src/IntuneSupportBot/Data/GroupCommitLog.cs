namespace IntuneSupportBot.Data;

internal static partial class GroupCommitLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "A batch of {Count} writes failed and was rolled back")]
    public static partial void BatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "A write was committed but what its caller does after the commit failed")]
    public static partial void AfterCommitFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "The group commit writer failed between batches")]
    public static partial void WriterFailed(ILogger logger, Exception exception);
}
