using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Graph;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>What the directory said about the requester's devices when the ticket was filed.</summary>
internal static class TicketCardDevices
{
    private const int MaxDevices = 3;

    public static IEnumerable<CardElement> Build(DeviceFacts devices, CardStrings text, TimeZoneInfo zone)
    {
        yield return TicketCardReport.Heading(text["DevicesHeading"]);
        if (devices.Status != ContextStatus.Available)
        {
            yield return new TextBlock(text[devices.Status == ContextStatus.UserNotFound ? "DirectoryUserNotFound" : "DirectoryUnavailable"]) { IsSubtle = true, Spacing = Spacing.Small };
            yield break;
        }

        if (devices.Devices.Count == 0)
        {
            yield return new TextBlock(text["NoDevices"]) { IsSubtle = true, Spacing = Spacing.Small };
        }

        foreach (var device in devices.Devices.Take(MaxDevices))
        {
            yield return new TextBlock(Device(device, text, zone)) { Spacing = Spacing.Small };
        }

        if (devices.RecentFailures.Count > 0)
        {
            var failure = devices.RecentFailures[0];
            var reason = failure.FailureReason is { Length: > 0 } given ? CardText.Escape(given, 200) : "";
            yield return new TextBlock(text.Format("RecentFailure", CardFormat.Time(failure.EventDateTime, zone), CardText.Escape(failure.FailureCategory, 60), reason))
            {
                Color = TextColor.Attention,
                Spacing = Spacing.Small,
            };
        }
    }

    // Device names and OS strings come from the device itself, so they are escaped like anything typed.
    private static string Device(ManagedDeviceInfo device, CardStrings text, TimeZoneInfo zone)
    {
        var system = CardText.Escape($"{device.OperatingSystem} {device.OsVersion}".Trim(), 60);
        var sync = device.LastSyncDateTime is { } synced ? CardFormat.Time(synced, zone) : text["NeverSynced"];
        return text.Format("DeviceLine", CardText.Escape(device.DeviceName, 60), system, CardText.Escape(device.ComplianceState, 30), sync);
    }
}
