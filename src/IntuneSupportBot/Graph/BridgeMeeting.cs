namespace IntuneSupportBot.Graph;

public sealed record BridgeMeetingRequest(string Subject, DateTimeOffset Start, DateTimeOffset End);

public sealed record BridgeMeeting(string Id, Uri JoinUrl);

/// <summary>
/// An activity-feed notice. <paramref name="ActivityType"/> must be declared in the app manifest;
/// the topic is plain text that opens <paramref name="WebUrl"/>.
/// </summary>
public sealed record ActivityNotice(string ActivityType, string PreviewText, string TopicText, Uri WebUrl);
