using System.Text.Json;

namespace IntuneSupportBot.BotFramework.Connector;

/// <summary>
/// Reads the error shapes the Bot Connector is known to return: <c>{"error":{"code","message"}}</c>,
/// <c>{"errorCode":209,"message":"{…\"subCode\":\"MessageWritesBlocked\"…}"}</c>, <c>{"message":"…"}</c>, or plain text.
/// </summary>
internal static class ConnectorErrorParser
{
    private const int MaxMessageLength = 512;

    public static (string? Code, string? Message) Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, Truncate(body));
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (Text(error, "code"), Truncate(Text(error, "message")));
            }

            var message = Text(root, "message") ?? Text(root, "Message");
            var code = SubCode(message) ?? Text(root, "errorCode") ?? Text(root, "code");
            return (code, Truncate(message));
        }
        catch (JsonException)
        {
            return (null, Truncate(body));
        }
    }

    // Blocked-user answers nest the meaningful code as JSON inside the message string.
    private static string? SubCode(string? message)
    {
        if (message is null || !message.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var inner = JsonDocument.Parse(message);
            return inner.RootElement.ValueKind == JsonValueKind.Object ? Text(inner.RootElement, "subCode") : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static string? Truncate(string? text) =>
        text is { Length: > MaxMessageLength } ? text[..MaxMessageLength] : text;
}
